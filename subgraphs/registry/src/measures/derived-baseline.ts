/**
 * The baseline a published growth rate implies ("54, +184% over 2019" → 19), rounded to the power
 * of ten below its error: the error the value's and the rate's last published digits carry through
 * value / (1 + rate / 100), each known to half its last digit. A whole number's trailing zeros are
 * not taken as digits (8.82万 is stored as 88200), so 300 may be known to the hundred only. 54 at +184% is 19.01 ± 0.21, so 19;
 * 8.82万 at +172.2% is 32,402.65 ± 24, so 32,400; 120 at +5% is 114.29 ± 5.3, so 114. Digits past
 * those would claim a precision nobody measured, and fewer would lose what the page printed.
 */
export function derivedBaseline(value: number, changePercent: number): number {
  const factor = 1 + changePercent / 100;
  const implied = value / factor;
  // A rate is printed to its unit at least: 100% is not "about a hundred percent".
  const rateDigit = Math.min(lastDigit(changePercent), 1);
  const relativeError =
    lastDigit(value) / 2 / Math.abs(value) + rateDigit / 2 / 100 / Math.abs(factor);
  const step = 10 ** Math.floor(Math.log10(Math.abs(implied) * relativeError));
  return Number((Math.round(implied / step) * step).toPrecision(15));
}

/**
 * The place of a published number's last digit, trailing zeros of a whole number not counted:
 * 88200 → 100, 45.5 → 0.1, 172.2 → 0.1, 1e-7 → 1e-7. A rate of 0 is taken as a whole percent.
 */
export function lastDigit(value: number): number {
  if (value === 0) return 1;
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
  const decimals = mantissa!.split('.')[1]?.length ?? 0;
  return 10 ** (Number(exponent) - decimals);
}
