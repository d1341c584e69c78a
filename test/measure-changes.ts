/**
 * Measures read as differences, as the posting-history tests read them: a write's effect is what
 * changed between two reads, over whatever else the registry holds.
 */

/** A measure's total (`*`) and cells, keyed `GENERAL_HOSPITAL` or `2021/GENERAL_HOSPITAL`. */
export type MeasureCells = Record<string, number>;

/** The cells of a measure as the API answers `{ value breakdown { keys { value } value } }`. */
export function cellsOf(measure: {
  value: number;
  breakdown: { keys: { value: string | null }[]; value: number }[];
}): MeasureCells {
  return {
    '*': measure.value,
    ...Object.fromEntries(
      measure.breakdown.map((cell) => [cell.keys.map((k) => k.value).join('/'), cell.value]),
    ),
  };
}

/** What changed between two reads of a measure, cell by cell; unchanged cells left out. */
export function changes(before: MeasureCells, after: MeasureCells): MeasureCells {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return Object.fromEntries(
    [...keys]
      .map((key) => [key, (after[key] ?? 0) - (before[key] ?? 0)] as const)
      .filter(([, change]) => change !== 0),
  );
}

/** Each measure asked, by its name (`[indicator, arguments]`), read with `measured`. */
export async function readAll(
  asked: Record<string, readonly [string, string]>,
  measured: (indicator: string, args: string) => Promise<MeasureCells>,
): Promise<Record<string, MeasureCells>> {
  return Object.fromEntries(
    await Promise.all(
      Object.entries(asked).map(async ([name, [indicator, args]]) => [
        name,
        await measured(indicator, args),
      ]),
    ),
  );
}

/** What changed in each measure asked. */
export const changesOfAll = (
  before: Record<string, MeasureCells>,
  after: Record<string, MeasureCells>,
): Record<string, MeasureCells> =>
  Object.fromEntries(
    Object.keys(before).map((name) => [name, changes(before[name]!, after[name]!)]),
  );
