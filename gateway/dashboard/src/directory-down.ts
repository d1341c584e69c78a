import regionsFile from '../../../subgraphs/regions.json' with { type: 'json' };
import catalog from '../../../subgraphs/national/data/indicators.json' with { type: 'json' };
import { query, type Answer } from './api.js';
import { t } from './i18n.js';
import type { Indicator } from './fragments.js';
import {
  NationalRegistryFieldsFragmentDoc,
  RegionRegistryFieldsFragmentDoc,
  TypedDocumentString,
  type NationalRegistryFieldsFragment,
  type RegionRegistryFieldsFragment,
} from './__generated__/graphql.js';
import {
  nationalVariables,
  type NationalData,
  type NationalRegistry,
  type RegionData,
  type RegionRegistry,
} from './queries.js';

/**
 * The pages without the national directory. The directory serves the list of regions, their names
 * and the indicator catalog; a query that asks any of them gets no data at all while it is down,
 * though each region's own subgraph still answers at its root field (`beijing { … }`). The page then
 * asks each region there, and takes the regions and the catalog from the lists it was built with:
 * `regions.json`, the one list of regions, and the catalog's file.
 */

/** What every region of the build is called, and the root field its own subgraph answers at. */
const buildRegions = regionsFile.regions.map(({ code, slug, nameEn, nameZh }) => ({
  code: code as RegionRegistry['code'],
  slug,
  name: nameEn,
  nameZh,
}));

/** The indicator catalog as it was when the page was built. */
const buildIndicators: Indicator[] = catalog.map((indicator) => ({
  code: indicator.code,
  name: indicator.name,
  nameZh: indicator.nameZh,
  unit: indicator.unit,
  kind: indicator.kind as Indicator['kind'],
  stockOrFlow: indicator.stockOrFlow as Indicator['stockOrFlow'],
  description: indicator.description,
  descriptionZh: indicator.descriptionZh,
}));

/** Whether an answer came without data because the national directory did not answer. */
export const directoryDown = (answer: Answer<unknown>): boolean =>
  !answer.data &&
  !!answer.errors?.some((error) => error.extensions?.serviceName === regionsFile.national.name);

/**
 * One region's registry, asked at its own root field with what its page asks of the directory's,
 * and the variables that asks (declared as `$name: Type`).
 */
async function askRegion<Fields>(
  slug: string,
  operation: string,
  fragment: TypedDocumentString<Fields, unknown>,
  variables: { declared: string; values: Record<string, unknown> } = { declared: '', values: {} },
): Promise<Answer<Record<string, Fields | null>>> {
  const declared = variables.declared ? `(${variables.declared})` : '';
  const document = new TypedDocumentString<Record<string, Fields | null>, Record<string, unknown>>(
    `query ${operation}${declared} { ${slug} { ...${fragment.__meta__?.fragmentName} } }\n${fragment}`,
  );
  return query(document, variables.values);
}

/**
 * The national page's answer from the regions' own subgraphs: a region that did not answer has its
 * row, blank, as in the directory's list, and its error is listed with the others'. Nothing at all
 * when no region answered: the gateway itself is out of reach or busy, and the page says so.
 */
export async function nationalWithoutDirectory(): Promise<Answer<NationalData>> {
  const answers = await Promise.all(
    buildRegions.map(async (region) => ({
      region,
      answer: await askRegion(
        region.slug,
        'DashboardNationalWithoutDirectory',
        NationalRegistryFieldsFragmentDoc,
        { declared: '$rateFrom: Int!', values: nationalVariables() },
      ),
    })),
  );
  if (answers.every(({ answer }) => !answer.data)) return answers[0]!.answer as Answer<never>;
  const registries = answers.map(({ region, answer }): NationalRegistry => {
    const fields: NationalRegistryFieldsFragment | null = answer.data?.[region.slug] ?? null;
    return fields ? { ...fields, ...names(region) } : unansweredNational(region);
  });
  return {
    data: { indicators: buildIndicators, registries },
    errors: answers.flatMap(({ answer }) => answer.errors ?? []),
  };
}

/**
 * A region's page from its own subgraph. A code of no region of the build is refused, as the
 * gateway refuses one its enum does not know.
 */
export async function regionWithoutDirectory(code: string): Promise<Answer<RegionData>> {
  const region = buildRegions.find((r) => r.code === code);
  if (!region)
    return {
      errors: [
        {
          message: `${t('noSuchRegion', 'zh')}${code}。${t('noSuchRegion', 'en')}${code}.`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    };
  const answer = await askRegion(
    region.slug,
    'DashboardRegionWithoutDirectory',
    RegionRegistryFieldsFragmentDoc,
  );
  if (!answer.data) return answer as Answer<never>;
  const fields: RegionRegistryFieldsFragment | null = answer.data[region.slug] ?? null;
  return {
    data: {
      indicators: buildIndicators,
      registry: fields ? { ...fields, ...names(region) } : unansweredRegion(region),
    },
    errors: answer.errors,
  };
}

const names = (region: (typeof buildRegions)[number]) => ({
  name: region.name,
  nameZh: region.nameZh,
});

/** A region that did not answer, as the directory's list gives one: its names, every field null. */
const unansweredNational = (region: (typeof buildRegions)[number]): NationalRegistry => ({
  code: region.code,
  ...names(region),
  MSW_INSTITUTIONS_published: null,
  CERTIFIED_SOCIAL_WORKERS_published: null,
  SOCIAL_WORK_AGENCIES_published: null,
  SOCIAL_WORK_STATIONS_published: null,
  SECONDARY_PLUS_MSW_COVERAGE_published: null,
  targets: null,
  MSW_INSTITUTIONS: null,
  CERTIFIED_SOCIAL_WORKERS: null,
  SOCIAL_WORK_AGENCIES: null,
  SOCIAL_WORK_STATIONS: null,
  SECONDARY_PLUS_MSW_COVERAGE: null,
  CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: null,
  CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: null,
  SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: null,
  SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: null,
});

const unansweredRegion = (region: (typeof buildRegions)[number]): RegionRegistry => ({
  code: region.code,
  ...names(region),
  targets: null,
  byKind: null,
  byGrade: null,
  byCity: null,
  byField: null,
  programs: null,
  dataQuality: null,
});
