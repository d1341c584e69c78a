/** A value judged is demo when demo records make this share of it or more. */
const MOSTLY_DEMO = 0.5;

/**
 * Whether a value with this share of demo records says nothing about the region: the API's
 * `restsMostlyOnDemo`, and the report's words of a status, a registry check and its About sheet.
 */
export const restsMostlyOnDemo = (demoShare: number | null | undefined) =>
  (demoShare ?? 0) >= MOSTLY_DEMO;

/** The same, of a share in percent (the report's columns). */
export const restsMostlyOnDemoPercent = (percent: number | null | undefined) =>
  restsMostlyOnDemo(percent == null ? null : percent / 100);
