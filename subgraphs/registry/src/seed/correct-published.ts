import type { EntityManager } from 'typeorm';
import { FigureEntity } from '../entities/Figure.js';
import { ProgramEntity } from '../entities/Program.js';
import { TargetEntity } from '../entities/Target.js';
import type { PublishedData } from './published-data.js';
import {
  FIGURE_RECORDS,
  INSERT_FIGURES,
  PROGRAM_RECORDS,
  SOURCE_RECORDS,
  TARGET_KINDS,
  TARGET_RECORDS,
} from './published-rows.js';

/**
 * Corrections of the published data reaching a registry that loaded an earlier reading.
 *
 * The data files are read again against their sentences, and corrected (a date the page does not
 * print, a scope, a figure that never counted what it was recorded as). A regional team's registry
 * loaded them once; without this it would go on serving the old reading, and the national analyst
 * would compare regions read at different times. A figure is never edited, as through the API:
 * - a fact corrected (value, date, period, quote…) records the file's figure as a new one, under the
 *   file's id with `~2`, `~3`… (`sc-certified-social-workers~2`), and withdraws the standing one,
 *   pointing to it, with the fields corrected as its reason;
 * - a figure the files withdraw (`withdrawn-figures.json`) is withdrawn with the files' reason;
 * - an annotation (the words describing its scope, the note, the place a printed figure is rounded
 *   to, whether a date or a baseline year is inferred) is set in place: it is what the reading says
 *   of the figure, not the figure.
 * A figure the team withdrew or corrected through the API is theirs: the files change it no more.
 * A target or a programme is revised in place, as `setTarget` and `updateProgram` revise one, while
 * nobody but the files has changed it (the audit says); once the team has, it is theirs. A source
 * or a policy, the description of a document, is set in place. Every change to a figure, a target
 * or a programme is in the audit, so the change feed shows it (actor `published-data`); sources and
 * policies are not audited records.
 *
 * The files are the reading: a release rolled back brings its older reading back as one more
 * correction (`~3`), and a withdrawal is not undone by taking it out of `withdrawn-figures.json`.
 */

const ACTOR = 'published-data';

interface Field {
  name: string;
  zh: string;
  /** The stored column, and the file's value as `r` and `scoped` give it (published-rows.ts). */
  stored: string;
  file: string;
}

/** What a figure says: a change to one of these is a correction, recorded as a new figure. */
const FACTS: Field[] = [
  { name: 'indicator', zh: '指标', stored: 's.indicator', file: 'r.indicator' },
  { name: 'value', zh: '数值', stored: 's.value', file: 'r.value' },
  { name: 'unit', zh: '单位', stored: 's.unit', file: 'r.unit' },
  { name: 'asOf', zh: '截至日期', stored: 's.as_of', file: 'r."asOf"' },
  { name: 'periodStart', zh: '统计起点', stored: 's.period_start', file: 'r."periodStart"' },
  { name: 'qualifier', zh: '修饰词', stored: 's.qualifier', file: 'r.qualifier' },
  {
    name: 'qualifierWord',
    zh: '修饰词原文',
    stored: 's.qualifier_word',
    file: 'r."qualifierWord"',
  },
  { name: 'kind', zh: '数字类别', stored: 's.kind', file: 'r.kind' },
  { name: 'scopeProgram', zh: '所计项目', stored: 's.scope_program_id', file: 'scoped.id' },
  { name: 'baselineValue', zh: '基期值', stored: 's.baseline_value', file: 'r."baselineValue"' },
  { name: 'baselineYear', zh: '基期年份', stored: 's.baseline_year', file: 'r."baselineYear"' },
  {
    name: 'changePercent',
    zh: '变化百分比',
    stored: 's.change_percent',
    file: 'r."changePercent"',
  },
  {
    name: 'breakdown',
    zh: '分项',
    stored: '(s.breakdown_dimension, s.breakdown_value)',
    file: `(r.breakdown->>'dimension', r.breakdown->>'value')`,
  },
  { name: 'source', zh: '来源', stored: 's.source_id', file: 'r.source' },
  { name: 'quote', zh: '原文', stored: 's.quote', file: 'r.quote' },
];

/** What the reading says of a figure: set in place. */
const ANNOTATIONS: Field[] = [
  { name: 'scope', zh: '统计口径说明', stored: 's.scope', file: 'r.scope' },
  { name: 'note', zh: '注释', stored: 's.note', file: 'r.note' },
  { name: 'roundedTo', zh: '取整位数', stored: 's.rounded_to', file: 'r."roundedTo"' },
  { name: 'asOfInferred', zh: '日期系推定', stored: 's.as_of_inferred', file: 'r."asOfInferred"' },
  {
    name: 'periodStartInferred',
    zh: '统计起点系推定',
    stored: 's.period_start_inferred',
    file: 'r."periodStartInferred"',
  },
  {
    name: 'baselineYearInferred',
    zh: '基期年份系推定',
    stored: 's.baseline_year_inferred',
    file: 'r."baselineYearInferred"',
  },
];

const differing = (fields: Field[]) =>
  `array_remove(ARRAY[${fields
    .map((f) => `CASE WHEN ${f.stored} IS DISTINCT FROM ${f.file} THEN '${f.name}' END`)
    .join(', ')}], NULL)`;

/** The id a figure's versions share: the data file's. */
const BASE_ID = (column: string) => `split_part(${column}, '~', 1)`;

interface Difference {
  id: string;
  base: string;
  versions: number;
  facts: string[];
  annotations: string[];
}

export interface Corrections {
  /** Figures whose facts the files correct: withdrawn, each pointing to its new version. */
  figures: string[];
  /** Figures whose scope wording, note or inferred flags were set in place. */
  annotated: string[];
  /** Figures the files withdraw. */
  withdrawn: string[];
  /** Targets revised in place, by their files' ids. */
  targets: string[];
  /** Programmes revised in place, by their files' ids. */
  programs: string[];
  /** Sources whose description was set in place. */
  sources: string[];
  /** Policies whose title, issuers or date were set in place. */
  policies: string[];
}

/** A column of a record the team owns, and the file's value for it as its relation gives it. */
interface Column {
  column: string;
  file: string;
}

/** Records a region's team owns once loaded, which the files revise until the team changes them. */
interface TeamRecords {
  entity: 'target' | 'program';
  /** The audit's action, as the mutation that revises one is named. */
  action: string;
  records: string;
  /** The column holding the file's id. */
  key: 'id' | 'key';
  columns: Column[];
  load(db: EntityManager, id: string): Promise<object>;
}

const TARGETS: TeamRecords = {
  entity: 'target',
  action: 'setTarget',
  records: TARGET_RECORDS,
  key: 'id',
  columns: [
    { column: 'indicator', file: 'r.indicator' },
    { column: 'target_value', file: 'r."targetValue"' },
    { column: 'unit', file: 'r.unit' },
    { column: 'target_year', file: 'r."targetYear"' },
    { column: 'description', file: 'r.description' },
    { column: 'milestones', file: 'r.milestones' },
    { column: 'qualifier', file: 'r.qualifier' },
    { column: 'scope_program_id', file: 'scoped.id' },
    { column: 'scope_kinds', file: TARGET_KINDS },
    { column: 'source_id', file: 'r.source' },
    // A published target's policy is the article that reports it, as the loader sets it.
    { column: 'policy_id', file: 'r.source' },
    { column: 'quote', file: 'r.quote' },
  ],
  load: (db, id) => db.getRepository(TargetEntity).findOneByOrFail({ id }),
};

const PROGRAMS: TeamRecords = {
  entity: 'program',
  action: 'updateProgram',
  records: PROGRAM_RECORDS,
  key: 'key',
  columns: [
    { column: 'name', file: 'r.name' },
    { column: 'name_en', file: 'r."nameEn"' },
    { column: 'kind', file: 'r.kind' },
    { column: 'role', file: 'r.role' },
    {
      column: 'service_fields',
      file: `ARRAY(SELECT jsonb_array_elements_text(r."serviceFields"))`,
    },
    {
      column: 'parent_id',
      file: '(SELECT parent.id FROM program parent WHERE parent.key = r.parent)',
    },
    { column: 'host_institution_id', file: 'host.id' },
    { column: 'year', file: 'r.year' },
    { column: 'batch', file: 'r.batch' },
    { column: 'funding_yuan', file: 'r."fundingYuan"' },
    { column: 'period_start', file: 'r."periodStart"' },
    { column: 'period_end', file: 'r."periodEnd"' },
    { column: 'individual_cases', file: 'r."individualCases"' },
    { column: 'group_sessions', file: 'r."groupSessions"' },
    { column: 'community_services', file: 'r."communityServices"' },
    { column: 'group_service_person_times', file: 'r."groupServicePersonTimes"' },
    { column: 'community_service_person_times', file: 'r."communityServicePersonTimes"' },
    { column: 'beneficiaries', file: 'r.beneficiaries' },
    { column: 'source_id', file: 'r.source' },
    { column: 'quote', file: 'r.quote' },
  ],
  load: (db, id) => db.getRepository(ProgramEntity).findOneByOrFail({ id }),
};

/**
 * Revises in place the records of a file that differ from it and that nobody but the files has
 * changed: a record the team revised, withdrew, closed or imported over has an audit record of theirs.
 */
async function reviseUntouched(
  db: EntityManager,
  kind: TeamRecords,
  rows: { id: string }[],
): Promise<string[]> {
  if (!rows.length) return [];
  const differs = kind.columns
    .map(({ column, file }) => `s.${column} IS DISTINCT FROM ${file}`)
    .join(' OR ');
  const untouched: { id: string; fileId: string }[] = await db.query(
    `SELECT s.id::text AS id, r.id AS "fileId" FROM ${kind.records}
     JOIN ${kind.entity} s ON s.${kind.key} = r.id
     WHERE (${differs})
       AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.entity = $2 AND a.entity_id = s.id::text AND a.actor <> $3)
     ORDER BY r.id`,
    [JSON.stringify(rows), kind.entity, ACTOR],
  );
  const filed = new Map(rows.map((row) => [row.id, row]));
  for (const { id, fileId } of untouched) {
    const before = await kind.load(db, id);
    await db.query(
      `UPDATE ${kind.entity} s SET ${kind.columns.map(({ column, file }) => `${column} = ${file}`).join(', ')},
         version = s.version + 1, updated_at = now()
       FROM ${kind.records} WHERE s.id = $2`,
      [JSON.stringify([filed.get(fileId)]), id],
    );
    await audit(db, kind.action, kind.entity, id, before, await kind.load(db, id));
  }
  return untouched.map((record) => record.fileId);
}

const zhNames = new Map([...FACTS, ...ANNOTATIONS].map((f) => [f.name, f.zh]));

/** Why a figure was corrected, in both languages, naming what changed. */
export const correctionReason = (fields: string[]) =>
  `公开数据据原文重新核读，更正了${fields.map((f) => zhNames.get(f)).join('、')}。` +
  `The published data, read again against its source, corrects: ${fields.join(', ')}.`;

async function audit(
  db: EntityManager,
  action: string,
  entity: 'figure' | TeamRecords['entity'],
  id: string,
  before: object,
  after: object,
): Promise<void> {
  await db.query(
    `INSERT INTO audit (actor, role, action, entity, entity_id, before, after) VALUES ($1, 'system', $2, $3, $4, $5, $6)`,
    [ACTOR, action, entity, id, JSON.stringify(before), JSON.stringify(after)],
  );
}

const figureById = (db: EntityManager, id: string) =>
  db.getRepository(FigureEntity).findOneByOrFail({ id });

/** Brings the registry's published records to the data files' reading, where its team has not changed them. */
export async function correctPublishedData(
  db: EntityManager,
  data: Pick<PublishedData, 'figures' | 'targets' | 'programs' | 'sources' | 'withdrawnFigures'>,
): Promise<Corrections> {
  const corrections: Corrections = {
    figures: [],
    annotated: [],
    withdrawn: [],
    targets: [],
    programs: [],
    sources: [],
    policies: [],
  };
  const differences: Difference[] = data.figures.length
    ? await db.query(
        `SELECT * FROM (
           SELECT s.id, r.id AS base,
             (SELECT count(*)::int FROM figure v WHERE ${BASE_ID('v.id')} = r.id) AS versions,
             ${differing(FACTS)} AS facts, ${differing(ANNOTATIONS)} AS annotations
           FROM ${FIGURE_RECORDS}
           JOIN figure s ON ${BASE_ID('s.id')} = r.id AND s.withdrawn_at IS NULL AND s.provenance = 'PUBLISHED'
         ) d WHERE cardinality(facts) > 0 OR cardinality(annotations) > 0 ORDER BY id`,
        [JSON.stringify(data.figures)],
      )
    : [];
  const filed = new Map(data.figures.map((f) => [f.id, f]));
  for (const difference of differences) {
    const before = await figureById(db, difference.id);
    if (difference.facts.length) {
      const newId = `${difference.base}~${difference.versions + 1}`;
      const inserted: unknown[] = await db.query(INSERT_FIGURES, [
        JSON.stringify([{ ...filed.get(difference.base)!, id: newId }]),
      ]);
      // The old figure must point to a figure this start wrote, never to one already there.
      if (inserted.length !== 1) throw new Error(`${newId} is already in the registry`);
      await db.query(
        `UPDATE figure SET withdrawn_at = now(), withdrawal_reason = $2, corrected_by = $3 WHERE id = $1`,
        [difference.id, correctionReason(difference.facts), newId],
      );
      await audit(db, 'correctFigure', 'figure', newId, before, await figureById(db, newId));
      corrections.figures.push(difference.id);
    } else {
      await db.query(
        `UPDATE figure s SET scope = r.scope, note = r.note, rounded_to = r."roundedTo", as_of_inferred = r."asOfInferred",
           period_start_inferred = r."periodStartInferred", baseline_year_inferred = r."baselineYearInferred"
         FROM ${FIGURE_RECORDS} WHERE s.id = $2`,
        [JSON.stringify([filed.get(difference.base)]), difference.id],
      );
      await audit(
        db,
        'annotateFigure',
        'figure',
        difference.id,
        before,
        await figureById(db, difference.id),
      );
      corrections.annotated.push(difference.id);
    }
  }

  if (data.withdrawnFigures.length) {
    const standing: { id: string; reason: string }[] = await db.query(
      `SELECT s.id, w.reason FROM jsonb_to_recordset($1::jsonb) AS w(id text, reason text)
       JOIN figure s ON ${BASE_ID('s.id')} = w.id AND s.withdrawn_at IS NULL AND s.provenance = 'PUBLISHED'
       ORDER BY s.id`,
      [JSON.stringify(data.withdrawnFigures)],
    );
    for (const { id, reason } of standing) {
      const before = await figureById(db, id);
      await db.query(
        `UPDATE figure SET withdrawn_at = now(), withdrawal_reason = $2 WHERE id = $1`,
        [id, reason],
      );
      await audit(db, 'withdrawFigure', 'figure', id, before, await figureById(db, id));
      corrections.withdrawn.push(id);
    }
  }

  corrections.targets = await reviseUntouched(db, TARGETS, data.targets);
  corrections.programs = await reviseUntouched(db, PROGRAMS, data.programs);
  if (data.targets.length) {
    const [policies]: [{ id: string }[], number] = await db.query(
      `UPDATE policy p SET title = r.policy->>'title', title_constructed = (r.policy->>'titleConstructed')::boolean,
         issuers = ARRAY(SELECT jsonb_array_elements_text(r.policy->'issuers')), issued_on = r.policy->>'issuedOn'
       FROM (SELECT DISTINCT ON (source) source, policy FROM jsonb_to_recordset($1::jsonb) AS t(source text, policy jsonb)) r
       WHERE p.id = r.source AND (p.title, p.title_constructed, p.issuers, p.issued_on) IS DISTINCT FROM
         (r.policy->>'title', (r.policy->>'titleConstructed')::boolean,
          ARRAY(SELECT jsonb_array_elements_text(r.policy->'issuers')), r.policy->>'issuedOn')
       RETURNING p.id`,
      [JSON.stringify(data.targets)],
    );
    corrections.policies = policies.map((p) => p.id);
  }

  if (data.sources.length) {
    const [updated]: [{ id: string }[], number] = await db.query(
      `UPDATE source s SET document = r.document, url = r.url, title = r.title, title_en = r."titleEn",
         title_constructed = r."titleConstructed", publisher = r.publisher, publisher_en = r."publisherEn", reprinted_from = r."reprintedFrom",
         reprinted_from_en = r."reprintedFromEn", published_on = r."publishedOn",
         published_on_inferred = r."publishedOnInferred", note = r.note
       FROM ${SOURCE_RECORDS}
       WHERE s.id = r.id AND (s.document, s.url, s.title, s.title_en, s.title_constructed, s.publisher,
           s.publisher_en, s.reprinted_from, s.reprinted_from_en, s.published_on,
           s.published_on_inferred, s.note)
         IS DISTINCT FROM (r.document, r.url, r.title, r."titleEn", r."titleConstructed", r.publisher,
           r."publisherEn", r."reprintedFrom", r."reprintedFromEn", r."publishedOn",
           r."publishedOnInferred", r.note)
       RETURNING s.id`,
      [JSON.stringify(data.sources)],
    );
    corrections.sources = updated.map((s) => s.id);
  }
  return corrections;
}
