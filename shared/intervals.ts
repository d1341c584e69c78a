/**
 * An interval of values, as a published figure's qualifier allows them (超9000 is (9000, 10000)).
 * Shared: the registry compares measures with it, and the dashboard says it beside a check.
 */
export interface Interval {
  /** Null: no lower end. */
  lower: number | null;
  lowerInclusive: boolean;
  /** Null: no upper end. */
  upper: number | null;
  upperInclusive: boolean;
}

/**
 * The interval in the usual notation, for rules and messages: (4000, 5000), [88150, 88250). Its ends
 * are written as the numbers beside them are (`number`): a page that writes 130,000 writes
 * (130,000, 140,000), not (130000, 140000).
 */
export function intervalText(
  { lower, lowerInclusive, upper, upperInclusive }: Interval,
  number: (value: number) => string = String,
): string {
  return `${lowerInclusive ? '[' : '('}${lower == null ? '−∞' : number(lower)}, ${upper == null ? '∞' : number(upper)}${upperInclusive ? ']' : ')'}`;
}
