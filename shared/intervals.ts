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

/** The interval in the usual notation, for rules and messages: (4000, 5000), [88150, 88250). */
export function intervalText({ lower, lowerInclusive, upper, upperInclusive }: Interval): string {
  return `${lowerInclusive ? '[' : '('}${lower ?? '−∞'}, ${upper ?? '∞'}${upperInclusive ? ']' : ')'}`;
}
