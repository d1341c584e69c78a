import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { isMultipleOf, isPowerOfTen } from '../measures/qualifiers.js';
import { indicatorCatalog } from '../../../indicator-catalog.js';
import {
  figureSchema,
  institutionSchema,
  programSchema,
  sourceSchema,
  targetSchema,
  withdrawnFigureSchema,
  withdrawnProgramSchema,
  type PublishedFigure,
  type PublishedInstitution,
  type PublishedProgram,
  type PublishedSource,
  type PublishedTarget,
  type WithdrawnFigure,
  type WithdrawnProgram,
} from './published-schemas.js';
import { policyCitationMismatches } from './policy-citations.js';

/**
 * The published facts of a region, as kept in `subgraphs/<slug>/data/*.json`, and the documents
 * they come from, in `subgraphs/sources.json`. Every file is validated before anything is written.
 */

export interface PublishedData {
  sources: PublishedSource[];
  figures: PublishedFigure[];
  targets: PublishedTarget[];
  institutions: PublishedInstitution[];
  programs: PublishedProgram[];
  withdrawnFigures: WithdrawnFigure[];
  withdrawnPrograms: WithdrawnProgram[];
}

export const subgraphsFolder = new URL('../../../', import.meta.url);

function readList<T>(url: URL, schema: z.ZodType<T>): T[] {
  if (!existsSync(url)) return [];
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`${url.pathname} is not valid:\n${problems}`);
  }
  return parsed.data;
}

export function readSources(): PublishedSource[] {
  return readList(new URL('sources.json', subgraphsFolder), sourceSchema);
}

/**
 * A region's published data with the sources it cites, checked for dangling references
 * (a figure citing an unknown source, a programme hosted by an unknown institution).
 */
export function readPublishedData(slug: string): PublishedData {
  const folder = new URL(`${slug}/data/`, subgraphsFolder);
  const figures = readList(new URL('figures.json', folder), figureSchema);
  const targets = readList(new URL('targets.json', folder), targetSchema);
  const institutions = readList(new URL('institutions.json', folder), institutionSchema);
  const programs = readList(new URL('programs.json', folder), programSchema);
  const withdrawnFigures = readList(
    new URL('withdrawn-figures.json', folder),
    withdrawnFigureSchema,
  );
  const withdrawnPrograms = readList(
    new URL('withdrawn-programs.json', folder),
    withdrawnProgramSchema,
  );

  const duplicates = [figures, targets, institutions, programs].flatMap((list) =>
    list.map((r) => r.id).filter((id, index, ids) => ids.indexOf(id) !== index),
  );
  if (duplicates.length)
    throw new Error(`subgraphs/${slug}/data repeats the ids ${duplicates.join(', ')}`);
  const listedAnd = (listed: { id: string }[], withdrawn: { id: string }[]) =>
    withdrawn.filter((w) => listed.some((r) => r.id === w.id)).map((w) => w.id);
  const withdrawnAndListed = [
    ...listedAnd(figures, withdrawnFigures),
    ...listedAnd(programs, withdrawnPrograms),
  ];
  if (withdrawnAndListed.length)
    throw new Error(
      `subgraphs/${slug}/data both lists and withdraws ${withdrawnAndListed.join(', ')}`,
    );

  // A figure or target is in its indicator's unit, so that numbers of one indicator always compare.
  const units = new Map(indicatorCatalog.map((i) => [i.code, i.unit]));
  const misfits = [...figures, ...targets]
    .filter((r) => units.get(r.indicator) !== r.unit)
    .map(
      (r) =>
        `${r.id} (${r.indicator} in ${JSON.stringify(r.unit)}; the catalog says ${units.has(r.indicator) ? JSON.stringify(units.get(r.indicator)) : 'no such indicator'})`,
    );
  if (misfits.length)
    throw new Error(
      `subgraphs/${slug}/data gives units other than the catalog's: ${misfits.join(', ')}`,
    );
  // A rounded figure's value is a whole number of its step: 8.82万 is 882 hundreds.
  const offStep = figures
    .filter(
      (f) =>
        f.roundedTo != null && !(isPowerOfTen(f.roundedTo) && isMultipleOf(f.value, f.roundedTo)),
    )
    .map(
      (f) =>
        `${f.id} (${f.value} to ${f.roundedTo}, which must be a power of ten it is a multiple of)`,
    );
  if (offStep.length)
    throw new Error(`subgraphs/${slug}/data rounds figures off their step: ${offStep.join(', ')}`);

  const allSources = new Map(readSources().map((s) => [s.id, s]));
  const mismatched = policyCitationMismatches(targets, allSources);
  if (mismatched.length)
    throw new Error(
      `subgraphs/${slug}/data says otherwise of a policy's title than its source does: ${mismatched.join(', ')}`,
    );
  const cited = new Set(
    [...figures, ...targets, ...institutions, ...programs].map((r) => r.source),
  );
  // A title read on another page than its document's: that page is cited too.
  for (const id of [
    ...[...cited].map((source) => allSources.get(source)?.titleCitedIn),
    ...targets.map((t) => t.policy.titleCitedIn),
  ])
    if (id) cited.add(id);
  const unknown = [...cited].filter((id) => !allSources.has(id));
  const institutionKeys = new Set(institutions.map((i) => i.id));
  const programKeys = new Set(programs.map((p) => p.id));
  const orphans = [
    ...programs
      .filter((p) => p.hostInstitution && !institutionKeys.has(p.hostInstitution))
      .map((p) => `${p.id} (host)`),
    ...programs
      .filter((p) => p.parent && !programKeys.has(p.parent))
      .map((p) => `${p.id} (parent)`),
    ...figures
      .filter((f) => f.scopeProgram && !programKeys.has(f.scopeProgram))
      .map((f) => `${f.id} (scopeProgram)`),
    ...figures
      .filter((f) => f.scopeInstitution && !institutionKeys.has(f.scopeInstitution))
      .map((f) => `${f.id} (scopeInstitution)`),
    ...targets
      .filter((t) => t.scope?.program && !programKeys.has(t.scope.program))
      .map((t) => `${t.id} (scope)`),
  ];
  if (unknown.length || orphans.length) {
    throw new Error(
      `subgraphs/${slug}/data has dangling references:` +
        (unknown.length ? ` unknown sources ${unknown.join(', ')};` : '') +
        (orphans.length
          ? ` records naming an unknown institution or programme: ${orphans.join(', ')}`
          : ''),
    );
  }
  return {
    sources: [...cited].map((id) => allSources.get(id)!),
    figures,
    targets,
    institutions,
    programs,
    withdrawnFigures,
    withdrawnPrograms,
  };
}
