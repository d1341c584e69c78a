import { fileURLToPath } from 'node:url';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { parse, print, type DocumentNode } from 'graphql';
import { apiSchemaSdl } from './schema/api-changes.js';
import { committedSupergraphSdl } from './schema/composition.js';
import {
  regionCodeEnum,
  registryImplementation,
  withDefinitions,
} from '../subgraphs/common/sdl.js';
import { nationalSdl } from '../subgraphs/national/src/schema.js';
import { regions } from '../subgraphs/regions.js';
import { sharedRegistrySdl } from '../subgraphs/registry/src/schema.js';

/**
 * `npm run codegen` (GraphQL Code Generator), run by `npm run typecheck` and so by `npm test`:
 * - resolver types from each subgraph's SDL, in `src/__generated__/resolvers-types.ts`, each GraphQL
 *   type mapped to the row or reference its resolvers receive (for a regional subgraph, all from
 *   `src/mappers.ts`), so that a resolver whose parent, arguments or result drift from the SDL fails
 *   to compile;
 * - the regional SDL's enums and input types alone, in `src/__generated__/schema-types.ts`, for the
 *   code under the resolvers (entities, validation, measures): it imports nothing of the project, so
 *   the resolver types can import the mappers and the context without a cycle back to themselves;
 * - the dashboard's and the report's operations typed from the committed supergraph's API schema, in
 *   their `__generated__/` folders (the client preset), so that what they read is what they select.
 * The files are committed; CI (`.ci/run`) fails when `npm test` wrote them differently.
 */

/** The directives of Federation 2 the SDL imports, declared for the generator, which validates the SDL alone. */
const federationDirectives = parse(`
  directive @link(url: String!, import: [String!]) repeatable on SCHEMA
  directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
  directive @shareable repeatable on OBJECT | FIELD_DEFINITION
`).definitions;

/**
 * A subgraph's SDL as its server has it, with its concrete registry type named `RegionRegistry`
 * (each region's is `<Slug>Registry`, resolved by the same resolvers). A region's root fields are
 * named after it, so they are typed where they are built, not here.
 */
function generatorSchema(sdl: string): DocumentNode {
  const document = parse(sdl);
  const anyRegion = { slug: 'region', nameEn: 'a region', nameZh: '一个地区' };
  return withDefinitions(document, [
    ...federationDirectives,
    regionCodeEnum(regions),
    registryImplementation(document, anyRegion),
  ]);
}

/** Resolvers are typed as Apollo's own showcase types them: federation on, a typed context, mappers to rows. */
const resolverTypes = (
  schema: DocumentNode,
  contextType: string,
  mappers: Record<string, string>,
): Types.ConfiguredOutput => ({
  schema: print(schema),
  plugins: ['typescript', 'typescript-resolvers'],
  config: {
    federation: true,
    contextType,
    mappers,
    enumsAsTypes: true,
    useTypeImports: true,
    useIndexSignature: false,
    scalars: { ID: 'string' },
  },
});

const generatedFiles = {
  regional: new URL('../subgraphs/registry/src/__generated__/resolvers-types.ts', import.meta.url),
  regionalSchema: new URL(
    '../subgraphs/registry/src/__generated__/schema-types.ts',
    import.meta.url,
  ),
  national: new URL('../subgraphs/national/src/__generated__/resolvers-types.ts', import.meta.url),
  dashboard: new URL('../gateway/dashboard/src/__generated__/', import.meta.url),
  report: new URL('../scripts/report/__generated__/', import.meta.url),
};

/**
 * The operations of a client of the gateway's public API, typed from the committed supergraph's API
 * schema: documents as strings (no GraphQL runtime in the dashboard's bundle), enums as string unions.
 */
const clientOperations = (documents: string): Types.ConfiguredOutput => ({
  schema: apiSchemaSdl(committedSupergraphSdl()),
  documents: fileURLToPath(new URL(`../${documents}`, import.meta.url)),
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    documentMode: 'string',
    enumsAsTypes: true,
    useTypeImports: true,
    emitLegacyCommonJSImports: false,
    skipTypename: true,
  },
});

/** The type each GraphQL type of a regional subgraph is resolved from, all exported by `src/mappers.ts`. */
const registryMappers: Record<string, string> = {
  Institution: 'InstitutionRow',
  SocialWorker: 'SocialWorkerRow',
  SocialWorkerPost: 'SocialWorkerPostValue',
  InstitutionPeriod: 'InstitutionPeriodValue',
  Program: 'ProgramRow',
  Figure: 'FigureRow',
  Target: 'TargetRow',
  TargetScope: 'TargetRow',
  Source: 'SourceRow',
  Policy: 'PolicyRow',
  HistoryPoint: 'HistoryPointValue',
  DimensionValue: 'DimensionKey',
  InstitutionConnection: 'InstitutionPage',
  SocialWorkerConnection: 'SocialWorkerPage',
  ProgramConnection: 'ProgramPage',
  InstitutionEdge: 'InstitutionEdgeValue',
  SocialWorkerEdge: 'SocialWorkerEdgeValue',
  ProgramEdge: 'ProgramEdgeValue',
  RecordState: 'RecordStateValue',
  Registry: 'RegistryRef',
  RegionRegistry: 'RegistryRef',
};

/** The generated files' contents, by path. */
async function generatedTypes(): Promise<Map<string, string>> {
  // The generator, the heaviest library here, loads only to generate: `--help` answers without it.
  const { generate } = await import('@graphql-codegen/cli');
  const files = await generate(
    {
      silent: true,
      generates: {
        [fileURLToPath(generatedFiles.regional)]: resolverTypes(
          generatorSchema(sharedRegistrySdl),
          '../context.js#RegistryContext',
          Object.fromEntries(
            Object.entries(registryMappers).map(([type, mapper]) => [
              type,
              `../mappers.js#${mapper}`,
            ]),
          ),
        ),
        [fileURLToPath(generatedFiles.regionalSchema)]: {
          schema: print(generatorSchema(sharedRegistrySdl)),
          plugins: ['typescript'],
          config: { enumsAsTypes: true, useTypeImports: true, scalars: { ID: 'string' } },
        },
        [fileURLToPath(generatedFiles.national)]: resolverTypes(
          generatorSchema(nationalSdl),
          '../context.js#NationalContext',
          {
            Indicator: '../entities.js#IndicatorRow',
            Registry: '../../../regions.js#DirectoryRegion',
            RegionRegistry: '../../../regions.js#DirectoryRegion',
          },
        ),
        [fileURLToPath(generatedFiles.dashboard)]: clientOperations('gateway/dashboard/src/*.ts'),
        [fileURLToPath(generatedFiles.report)]: clientOperations('scripts/report/*.ts'),
      },
    },
    false,
  );
  return new Map(
    files.map((file: { filename: string; content: string }) => [file.filename, file.content]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { commandLine } = await import('../shared/cli.js');
  commandLine(
    `用法 Usage: npm run codegen
  由各子图的 SDL 生成 TypeScript 类型（各 __generated__/ 文件夹）；SDL 改动后运行 (generate the TypeScript types from the subgraphs' SDL, the __generated__/ folders; run it after an SDL change)`,
    {},
  );
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  for (const [file, content] of await generatedTypes()) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
