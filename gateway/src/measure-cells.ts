import {
  GraphQLError,
  isEnumType,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/**
 * How many cells a measure's breakdown may hold at most: the product of the number of values each
 * of its dimensions can take, and the years of a `YEAR` series. A breakdown by every dimension
 * from 1927 would be millions of cells, megabytes of answer and seconds of a subgraph's time, at
 * any page size; it is refused before planning, with the count and what to do.
 */
export const DEFAULT_MAX_MEASURE_CELLS = 10_000;

/** Dimensions whose values are names in the records, bounded by what a province has. */
const placeBounds: Record<string, number> = {
  // Sichuan, the largest region, has 21 prefecture-level divisions and 183 counties and districts.
  CITY: 30,
  COUNTY: 250,
};
/** Enum-valued dimensions take their enum's values, and may be unset. */
const enumOfDimension: Record<string, string> = {
  INSTITUTION_KIND: 'InstitutionKind',
  HOSPITAL_GRADE: 'HospitalGrade',
  SERVICE_FIELD: 'ServiceField',
  CERTIFICATE_LEVEL: 'CertificateLevel',
  PROGRAM_KIND: 'ProgramKind',
  PROVENANCE: 'Provenance',
};
/** A YEAR series without `from` starts at the earliest record, at most 100 years back. */
const MAX_SERIES_YEARS = 101;

function dimensionValues(schema: GraphQLSchema, dimension: string, from: unknown, to: unknown) {
  if (dimension === 'YEAR') {
    const last = typeof to === 'number' ? to : new Date().getUTCFullYear();
    const years = typeof from === 'number' ? last - from + 1 : MAX_SERIES_YEARS;
    return Math.min(Math.max(years, 1), MAX_SERIES_YEARS);
  }
  if (placeBounds[dimension]) return placeBounds[dimension];
  const type = schema.getType(enumOfDimension[dimension] ?? '');
  return isEnumType(type) ? type.getValues().length + 1 : 1;
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
      const argument = (name: string) => {
        const found = node.arguments?.find((a) => a.name.value === name);
        return found ? valueFromASTUntyped(found.value, variables) : undefined;
      };
      const by = argument('by');
      const dimensions = [...new Set(Array.isArray(by) ? by.map(String) : by ? [String(by)] : [])];
      const cells = dimensions.reduce(
        (product, dimension) =>
          product * dimensionValues(schema, dimension, argument('from'), argument('to')),
        1,
      );
      if (cells > maxCells)
        throw new GraphQLError(
          `This measure could be broken down into ${cells.toLocaleString('en')} cells (by ${dimensions.join(', ')}), over the limit of ${maxCells.toLocaleString('en')}: break it down by fewer dimensions or fewer years (from:).`,
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
