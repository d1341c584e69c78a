import {
  GraphQLError,
  isEnumType,
  Kind,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { inBoth } from '../../shared/bilingual.js';
import { regions } from '../../subgraphs/regions.js';
// Enum-valued dimensions take their enum's values, and may be unset.
import { enumOfDimension } from '../../shared/enum-labels.js';
import { MAX_SERIES_YEARS } from '../../shared/series-years.js';
import { chinaYear } from '../../shared/china-day.js';

/**
 * How many cells a measure's breakdown may hold at most: the product of the number of values each
 * of its dimensions can take, and the years of a `YEAR` series. A breakdown by every dimension
 * from 1927 would be millions of cells, megabytes of answer and seconds of a subgraph's time, at
 * any page size; it is refused before planning, with the count and what to do. Below this limit
 * the cells still count in the query's cost (query-cost.ts), so that many measures of a thousand
 * cells each cost what they are.
 */
export const DEFAULT_MAX_MEASURE_CELLS = 10_000;

/**
 * Dimensions whose values are names in the records, bounded by what a region has: its cities are
 * listed (`subgraphs/regions.json`, which a record's city must be one of), and a record may leave
 * it unset; counties are not listed, and Sichuan, the largest region, has 183.
 */
const placeBounds: Record<string, number> = {
  CITY: Math.max(...regions.map((region) => region.cities?.length ?? 0)) + 1,
  COUNTY: 250,
};

/** The year of a date argument (`2019`, `2019-12`, `2019-12-31`), if it reads as one. */
function yearOf(date: unknown): number | undefined {
  const year = typeof date === 'string' ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : undefined;
}

type Arguments = (name: string) => unknown;

/**
 * The years of a YEAR series as the subgraph serves it: from `from` (or the year of `since`) to `to`
 * (or the year of `asOf`, or this year); without a first year, as many as a series may hold.
 */
function seriesYears(argument: Arguments): number {
  const last = (argument('to') as number | null) ?? yearOf(argument('asOf'));
  const first = (argument('from') as number | null) ?? yearOf(argument('since'));
  if (typeof first !== 'number') return MAX_SERIES_YEARS;
  const years = (last ?? chinaYear()) - first + 1;
  return Math.min(Math.max(years, 1), MAX_SERIES_YEARS);
}

function dimensionValues(schema: GraphQLSchema, dimension: string, argument: Arguments): number {
  if (dimension === 'YEAR') return seriesYears(argument);
  if (placeBounds[dimension]) return placeBounds[dimension];
  const type = schema.getType(enumOfDimension[dimension] ?? '');
  return isEnumType(type) ? type.getValues().length + 1 : 1;
}

/** What one `measure` field may be broken down into: its dimensions and at most how many cells. */
export interface MeasureSize {
  dimensions: string[];
  cells: number;
}

export function measureSize(
  schema: GraphQLSchema,
  node: FieldNode,
  variables: Record<string, unknown>,
): MeasureSize {
  const argument: Arguments = (name) => {
    const found = node.arguments?.find((a) => a.name.value === name);
    return found ? valueFromASTUntyped(found.value, variables) : undefined;
  };
  const by = argument('by');
  const dimensions = [...new Set(Array.isArray(by) ? by.map(String) : by ? [String(by)] : [])];
  const cells = dimensions.reduce(
    (product, dimension) => product * dimensionValues(schema, dimension, argument),
    1,
  );
  return { dimensions, cells };
}

/**
 * How many items each list of a measure's breakdown holds at most: every `breakdown` (through
 * fragments too) its measure's cells, and the `keys` of each cell one per dimension. When one
 * fragment serves several measures, the largest counts.
 */
export function breakdownSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Map<FieldNode, number> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  const sizes = new Map<FieldNode, number>();
  const record = (field: FieldNode, items: number) =>
    sizes.set(field, Math.max(items, sizes.get(field) ?? 0));
  visit(document, {
    Field(node) {
      if (node.name.value !== 'measure' || !node.selectionSet) return;
      const { cells, dimensions } = measureSize(schema, node, variables);
      for (const breakdown of fieldsNamed('breakdown', node.selectionSet, fragments)) {
        record(breakdown, cells);
        if (breakdown.selectionSet)
          for (const keys of fieldsNamed('keys', breakdown.selectionSet, fragments))
            record(keys, dimensions.length);
      }
    },
  });
  return sizes;
}

/** The fields of one selection set with that name, through inline and named fragments. */
function* fieldsNamed(
  name: string,
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): Generator<FieldNode> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) yield selection;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      yield* fieldsNamed(name, selection.selectionSet, fragments, seen);
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      if (fragment)
        yield* fieldsNamed(
          name,
          fragment.selectionSet,
          fragments,
          new Set([...seen, selection.name.value]),
        );
    }
  }
}

/** Refuses any `measure` of the query whose breakdown could hold more than `maxCells` cells. */
export function checkMeasureCells(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  maxCells: number,
): void {
  visit(document, {
    Field(node) {
      if (node.name.value !== 'measure') return;
      const { cells, dimensions } = measureSize(schema, node, variables);
      if (cells > maxCells)
        throw new GraphQLError(
          inBoth({
            zh: `此测算按 ${dimensions.join('、')} 分解可达 ${cells.toLocaleString('en')} 个单元格，超过上限 ${maxCells.toLocaleString('en')}：请按更少的维度或更少的年份（from:）分解。`,
            en: `This measure could be broken down into ${cells.toLocaleString('en')} cells (by ${dimensions.join(', ')}), over the limit of ${maxCells.toLocaleString('en')}: break it down by fewer dimensions or fewer years (from:).`,
          }),
          {
            extensions: {
              code: 'QUERY_TOO_COMPLEX',
              cells,
              maxCells,
              http: { status: 400 },
            },
          },
        );
    },
  });
}
