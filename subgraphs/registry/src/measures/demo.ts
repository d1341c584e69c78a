/** A value judged is demo when demo records make this share of it or more. */
const MOSTLY_DEMO = 0.5;

/** Whether a value with this share of demo records says nothing about the region. */
export const restsMostlyOnDemo = (demoShare: number | null | undefined) =>
  (demoShare ?? 0) >= MOSTLY_DEMO;
