import type { EntityManager } from 'typeorm';
import { FigureEntity } from '../entities/Figure.js';
import { TargetEntity } from '../entities/Target.js';
import type { PublishedData } from './published-data.js';
import {
  FIGURE_RECORDS,
  INSERT_FIGURES,
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
 * - a fact corrected (value, date, scope, quote…) records the file's figure as a new one, under the
 *   file's id with `~2`, `~3`… (`sc-certified-social-workers~2`), and withdraws the standing one,
 *   pointing to it, with the fields corrected as its reason;
 * - a figure the files withdraw (`withdrawn-figures.json`) is withdrawn with the files' reason;
 * - an annotation (the note, whether a date or a baseline year is inferred) is set in place: it is
 *   what the reading says of the figure, not the figure.
 * A figure the team withdrew or corrected through the API is theirs: the files change it no more.
 * A target is revised in place, as `setTarget` revises one, while the team has never revised or
 * withdrawn it; once they have, it is theirs. A source or a policy, the description of a document,
 * is set in place. Every change to a figure or a target is in the audit, so the change feed shows it
 * (actor `published-data`).
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
  { name: 'scope', zh: '统计口径', stored: 's.scope', file: 'r.scope' },
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
  { name: 'note', zh: '注释', stored: 's.note', file: 'r.note' },
  { name: 'asOfInferred', zh: '日期系推定', stored: 's.as_of_inferred', file: 'r."asOfInferred"' },
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
  /** Figures whose note or inferred dates were set in place. */
  annotated: string[];
  /** Figures the files withdraw. */
  withdrawn: string[];
  /** Targets revised in place. */
  targets: string[];
  /** Sources whose description was set in place. */
  sources: string[];
  /** Policies whose title, issuers or date were set in place. */
  policies: string[];
}

/** What a target says, as the file gives it and `setTarget` revises it. */
const TARGET_FIELDS: Field[] = [
  { name: 'indicator', zh: '指标', stored: 's.indicator', file: 'r.indicator' },
  { name: 'targetValue', zh: '目标值', stored: 's.target_value', file: 'r."targetValue"' },
  { name: 'unit', zh: '单位', stored: 's.unit', file: 'r.unit' },
  { name: 'targetYear', zh: '目标年份', stored: 's.target_year', file: 'r."targetYear"' },
  { name: 'description', zh: '说明', stored: 's.description', file: 'r.description' },
  { name: 'milestones', zh: '阶段目标', stored: 's.milestones', file: 'r.milestones' },
  { name: 'qualifier', zh: '修饰词', stored: 's.qualifier', file: 'r.qualifier' },
  { name: 'scopeProgram', zh: '所计项目', stored: 's.scope_program_id', file: 'scoped.id' },
  { name: 'scopeKinds', zh: '所计机构类型', stored: 's.scope_kinds', file: TARGET_KINDS },
  { name: 'source', zh: '来源', stored: 's.source_id', file: 'r.source' },
  { name: 'quote', zh: '原文', stored: 's.quote', file: 'r.quote' },
];

const zhNames = new Map([...FACTS, ...ANNOTATIONS].map((f) => [f.name, f.zh]));

/** Why a figure was corrected, in both languages, naming what changed. */
export const correctionReason = (fields: string[]) =>
  `公开数据据原文重新核读，更正了${fields.map((f) => zhNames.get(f)).join('、')}。` +
  `The published data, read again against its source, corrects: ${fields.join(', ')}.`;

async function audit(
  db: EntityManager,
  action: string,
  entity: 'figure' | 'target',
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
const targetById = (db: EntityManager, id: string) =>
  db.getRepository(TargetEntity).findOneByOrFail({ id });

/** Brings the registry's published figures and sources to the data files' reading. */
export async function correctPublishedData(
  db: EntityManager,
  data: Pick<PublishedData, 'figures' | 'targets' | 'sources' | 'withdrawnFigures'>,
): Promise<Corrections> {
  const corrections: Corrections = {
    figures: [],
    annotated: [],
    withdrawn: [],
    targets: [],
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
      await db.query(INSERT_FIGURES, [
        JSON.stringify([{ ...filed.get(difference.base)!, id: newId }]),
      ]);
      await db.query(
        `UPDATE figure SET withdrawn_at = now(), withdrawal_reason = $2, corrected_by = $3 WHERE id = $1`,
        [difference.id, correctionReason(difference.facts), newId],
      );
      await audit(db, 'correctFigure', 'figure', newId, before, await figureById(db, newId));
      corrections.figures.push(difference.id);
    } else {
      await db.query(
        `UPDATE figure s SET note = r.note, as_of_inferred = r."asOfInferred",
           baseline_year_inferred = r."baselineYearInferred"
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

  if (data.targets.length) {
    // A target the team has revised or withdrawn has an audit record of someone else's.
    const revised: { id: string }[] = await db.query(
      `SELECT s.id FROM ${TARGET_RECORDS}
       JOIN target s ON s.id = r.id AND s.withdrawn_at IS NULL
       WHERE cardinality(${differing(TARGET_FIELDS)}) > 0
         AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.entity = 'target' AND a.entity_id = s.id AND a.actor <> $2)
       ORDER BY s.id`,
      [JSON.stringify(data.targets), ACTOR],
    );
    const filed = new Map(data.targets.map((t) => [t.id, t]));
    for (const { id } of revised) {
      const before = await targetById(db, id);
      await db.query(
        `UPDATE target s SET indicator = r.indicator, target_value = r."targetValue", unit = r.unit,
           target_year = r."targetYear", description = r.description, milestones = r.milestones,
           qualifier = r.qualifier, scope_program_id = scoped.id, scope_kinds = ${TARGET_KINDS},
           source_id = r.source, quote = r.quote, version = s.version + 1, updated_at = now()
         FROM ${TARGET_RECORDS} WHERE s.id = $2`,
        [JSON.stringify([filed.get(id)]), id],
      );
      await audit(db, 'setTarget', 'target', id, before, await targetById(db, id));
      corrections.targets.push(id);
    }
    const [policies]: [{ id: string }[], number] = await db.query(
      `UPDATE policy p SET title = r.policy->>'title',
         issuers = ARRAY(SELECT jsonb_array_elements_text(r.policy->'issuers')), issued_on = r.policy->>'issuedOn'
       FROM (SELECT DISTINCT ON (source) source, policy FROM jsonb_to_recordset($1::jsonb) AS t(source text, policy jsonb)) r
       WHERE p.id = r.source AND (p.title, p.issuers, p.issued_on) IS DISTINCT FROM
         (r.policy->>'title', ARRAY(SELECT jsonb_array_elements_text(r.policy->'issuers')), r.policy->>'issuedOn')
       RETURNING p.id`,
      [JSON.stringify(data.targets)],
    );
    corrections.policies = policies.map((p) => p.id);
  }

  if (data.sources.length) {
    const [updated]: [{ id: string }[], number] = await db.query(
      `UPDATE source s SET document = r.document, url = r.url, title = r.title, publisher = r.publisher,
         reprinted_from = r."reprintedFrom", published_on = r."publishedOn", note = r.note
       FROM ${SOURCE_RECORDS}
       WHERE s.id = r.id AND (s.document, s.url, s.title, s.publisher, s.reprinted_from, s.published_on, s.note)
         IS DISTINCT FROM (r.document, r.url, r.title, r.publisher, r."reprintedFrom", r."publishedOn", r.note)
       RETURNING s.id`,
      [JSON.stringify(data.sources)],
    );
    corrections.sources = updated.map((s) => s.id);
  }
  return corrections;
}
