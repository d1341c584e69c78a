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

/**
 * A demo share (0 to 1) in percent, as the dashboard and the report print it: whole, but never all
 * or none when it is not, which would hide the registered records beside the demo ones or the demo
 * ones among them, nor across the share above which a value rests mostly on demo, whose words go
 * with it: 0.9976 is 99.8, not 100; 0.9998 is >99.9; 0.002 is 0.2; 0.0004 is <0.1; 0.496 is 49.6,
 * not 50, beside which "it confirms nothing" would be missing.
 */
export function demoPercentText(share: number): string {
  const percent = share * 100;
  const whole = Math.round(percent);
  const misleads =
    (whole >= 100 && share < 1) ||
    (whole <= 0 && share > 0) ||
    (whole >= MOSTLY_DEMO * 100 && share < MOSTLY_DEMO);
  if (!misleads) return String(whole);
  const tenth = Math.round(percent * 10) / 10;
  if (tenth >= 100) return '>99.9';
  if (tenth <= 0) return '<0.1';
  if (tenth >= MOSTLY_DEMO * 100 && share < MOSTLY_DEMO) return '<50';
  return String(tenth);
}

/**
 * A demo share in percent (the report's columns) as a cell of its CSV, workbook or table gives it:
 * by demoPercentText, as the dashboard and the report's own notes print it, so that one value never
 * reads 87.5 in a column and 88 in the line under it; a number where that is one, which a workbook
 * sorts, and the text where it says a bound (>99.9).
 */
export function demoPercentCell(percent: number | null | undefined): number | string | null {
  if (percent == null) return null;
  const text = demoPercentText(percent / 100);
  return /^[\d.]+$/.test(text) ? Number(text) : text;
}
