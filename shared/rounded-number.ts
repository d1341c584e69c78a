/**
 * A number as every output shows it, the report's tables and the dashboard's cells alike: to two
 * decimals (52.76, not 52.75590551181102), and one under 1 to three significant digits, so that rates
 * per 10,000 residents stay apart (0.0137 and 0.0111, where two decimals print both 0.01). One rule,
 * so that a rate total reads 2.03 on both, never 2 on one.
 */
export const roundedNumber = (value: number) =>
  Math.abs(value) >= 1 || value === 0
    ? Math.round(value * 100) / 100
    : Number(value.toPrecision(3));
