/**
 * The baseline a published growth rate implies ("54, +184% over 2019" → 19), to no more
 * significant digits than the figure and the rate were published with: 54 has two, so its baseline
 * is 19, not 19.01; 8.82万 at +172.2% gives 32,400, not 32,402.65. Digits past those the page
 * printed would claim a precision nobody measured.
 */
export function derivedBaseline(value: number, changePercent: number): number {
  const implied = value / (1 + changePercent / 100);
  return toSignificantDigits(
    implied,
    Math.min(significantDigits(value), significantDigits(changePercent)),
  );
}

/** The digits a published number holds, trailing zeros of a whole number not counted: 88200 → 3, 45.5 → 3. */
export function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '');
  const significant = Number.isInteger(value) ? digits.replace(/0+$/, '') : digits;
  return Math.max(1, significant.length);
}

function toSignificantDigits(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}
