import { graphql } from './__generated__/gql.js';
import { csv, postQuery, table, xlsx } from './format.js';

/**
 * One indicator's year-end values per region, from the registry's YEAR series: the table a national
 * analyst reads a trend from. Years a region cannot count stay empty.
 */

const seriesQuery = graphql(`
  query Series($indicator: String!, $from: Int!, $to: Int) {
    indicator(code: $indicator) {
      code
      unit
    }
    registries {
      code
      name
      measure(indicator: $indicator, by: [YEAR], from: $from, to: $to) {
        computable
        breakdown {
          keys {
            value
          }
          value
        }
      }
    }
  }
`);

export type SeriesRow = { region: string; name: string } & Record<string, string | number | null>;

export async function fetchSeries(
  gatewayUrl: string,
  indicator: string,
  from: number,
  to?: number,
): Promise<{ unit: string; years: string[]; rows: SeriesRow[] }> {
  const code = indicator.toUpperCase();
  const data = await postQuery(
    gatewayUrl,
    seriesQuery,
    { indicator: code, from, to: to ?? null },
    code,
  );
  const years = [
    ...new Set(
      data.registries.flatMap((r) =>
        (r.measure?.breakdown ?? []).map((cell) => cell.keys[0]!.value!),
      ),
    ),
  ].sort();
  const rows = data.registries.map((registry) => {
    const row: SeriesRow = { region: registry.code, name: registry.name };
    const values = new Map(
      (registry.measure?.computable ? registry.measure.breakdown : []).map((cell) => [
        cell.keys[0]!.value!,
        cell.value,
      ]),
    );
    for (const year of years) row[year] = values.get(year) ?? null;
    return row;
  });
  return { unit: data.indicator!.unit, years, rows };
}

export const seriesCsv = (years: string[], rows: SeriesRow[]) =>
  csv(['region', 'name', ...years], rows);
export const seriesXlsx = (years: string[], rows: SeriesRow[], sheet: string) =>
  xlsx(['region', 'name', ...years], rows, sheet);
export const seriesTable = (years: string[], rows: SeriesRow[]) =>
  table(['region', 'name', ...years], rows);
