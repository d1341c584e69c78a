import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bearer, graphql, useStack } from './harness.js';
import { today } from '../subgraphs/registry/src/dates.js';
import {
  editableColumns,
  exportHeader,
  exportRows,
} from '../subgraphs/registry/src/import/export-rows.js';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { templateInstructions } from '../subgraphs/registry/src/import/template-instructions.js';
import { writeCsv } from '../subgraphs/registry/src/import/write-files.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { cellsOf, changes, type MeasureCells } from './measure-changes.js';

/**
 * An export of Ningxia's institutions read back with a hospital's row changed as a team would: a
 * 当前时期开始日期 (`currentSince`) changed to a later day dates the row's changes, as
 * `updateInstitution`'s `effectiveOn` does, and one kept as exported corrects the current period.
 * The measures are read through the gateway as differences from before each import, on databases
 * of this file's own.
 */
const federation = useStack({ ownDatabases: 'institution_history_import' });

const ningxia = regionBySlug('ningxia');
const editor = () => bearer({ role: 'editor', region: 'NX', subject: 'editor-NX' });
const analyst = () => bearer({ role: 'analyst' });
const db = () => federation.stack.subgraphs.get('ningxia')!.db;
const folder = mkdtempSync(join(tmpdir(), 'history-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const SINCE = '当前时期开始日期';
const thisYear = Number(today().slice(0, 4));
/** Each year from `from` to this one, with the same change. */
const yearsFrom = (from: number, change: number) =>
  Object.fromEntries(
    Array.from({ length: thisYear - from + 1 }, (_, i) => [String(from + i), change]),
  );

let reads = 0;
/**
 * Asked through the gateway, each query a query of its own: an import writes to the database, not
 * through the gateway, whose cached answer may stand for its max-age (README).
 */
async function ask(query: string, variables?: Record<string, unknown>, headers?: object) {
  reads += 1;
  const response = await graphql(
    federation.stack.gatewayUrl,
    query.replace(/^\{ ningxia \{/, `{ ningxia { read${reads}: __typename`),
    variables,
    (headers ?? (await editor())) as Record<string, string>,
  );
  expect(response.errors).toBeUndefined();
  return response.data.ningxia;
}

/** A secondary hospital with a social work department since 2015, founded in 2001. */
async function hospital(name: string): Promise<string> {
  const created = await ask(
    `mutation ($input: InstitutionInput!) { ningxia { createInstitution(input: $input) { id } } }`,
    {
      input: {
        name: `${name}${Date.now()}`,
        kind: 'GENERAL_HOSPITAL',
        grade: 'SECONDARY',
        city: '银川市',
        county: '时期导入测试区',
        foundedOn: '2001-03-01',
        socialWorkSetup: 'DEPARTMENT',
        socialWorkSince: '2015-06-01',
      },
    },
  );
  return created.createInstitution.id as string;
}

/** Ningxia's tertiary hospitals with social work, by year: a grade's change shows in it. */
async function tertiary(): Promise<MeasureCells> {
  const read = await ask(
    `{ ningxia { measure(indicator: "MSW_TERTIARY_INSTITUTIONS", by: [YEAR], from: 2012) {
      value breakdown { keys { value } value } } } }`,
    undefined,
    await analyst(),
  );
  return cellsOf(read.measure);
}

async function periods(id: string) {
  const read = await ask(`{ ningxia { institution(id: "${id}") { version currentSince
    periods { from until current grade } } } }`);
  return read.institution as {
    version: number;
    currentSince: string | null;
    periods: { from: string; until: string | null; current: boolean; grade: string }[];
  };
}

const importAudits = async (id: string) =>
  (await db().query(
    `SELECT before->>'grade' AS before, after->>'grade' AS after, after->>'currentSince' AS since
     FROM audit WHERE entity = 'institution' AND entity_id = $1 AND action = 'import' ORDER BY id`,
    [id.replace(/^NX-/, '')],
  )) as { before: string; after: string; since: string | null }[];

/** The export of Ningxia's institutions, as Chinese CSV: its header and the institution's row. */
async function exported(id: string, name: string) {
  const path = join(folder, name);
  await writeCsv(
    path,
    exportHeader('institutions', 'zh'),
    exportRows(db(), 'institutions', ningxia, 'zh'),
  );
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  // The first header after the byte-order mark a CSV file for Excel begins with.
  const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
  const row = lines.find((line) => line.startsWith(`${id},`))!.split(',');
  expect(row.length).toBe(header.length);
  return { path, header, row, cell: (column: string) => row[header.indexOf(column)] };
}

/** The file read back with the row's cells changed, by their column's header. */
async function readBack(file: Awaited<ReturnType<typeof exported>>, cells: Record<string, string>) {
  const row = [...file.row];
  for (const [column, value] of Object.entries(cells)) {
    expect(file.header).toContain(column);
    row[file.header.indexOf(column)] = value;
  }
  writeFileSync(file.path, `${file.header.join(',')}\n${row.join(',')}\n`);
  return importFile(
    db(),
    { path: file.path },
    { kind: 'institutions', region: ningxia, actor: 'test-ningxia', mode: 'upsert' },
  );
}

describe('an export of institutions read back, dated by its 当前时期开始日期', () => {
  it('carries the column last among those a team fills in, and the template says how to fill it in', () => {
    expect(editableColumns('institutions').at(-1)).toBe('currentSince');
    expect(exportHeader('institutions', 'zh')).toContain(SINCE);
    const [zh, en] = (['zh', 'en'] as const).map((language) =>
      templateInstructions('institutions', language).at(-1)!,
    );
    expect(zh).toEqual([
      SINCE,
      '',
      expect.stringContaining('改为更晚的完整日期：本行的改动自该日起生效'),
    ]);
    expect(en).toEqual([
      'currentSince',
      '',
      expect.stringContaining('Changed to a later full date: the row'),
    ]);
  });

  it('dates the row’s changes by a later day, keeping the years before, and corrects the current period by a cell kept', async () => {
    const id = await hospital('时期导入测试医院');
    const file = await exported(id, 'dated.csv');
    expect(file.cell(SINCE)).toBe('');
    const before = await tertiary();
    const dated = await readBack(file, { 医院等级: '三级', [SINCE]: '2020-07-01' });
    expect(dated.problems).toEqual([]);
    expect(dated.updated.map((row) => [row.id, row.fields])).toEqual([
      [id, ['grade', 'currentSince']],
    ]);
    // Tertiary from 2020 on; a secondary hospital in the years before, as it was.
    expect(changes(before, await tertiary())).toEqual({ '*': 1, ...yearsFrom(2020, 1) });
    expect(await periods(id)).toEqual({
      version: 2,
      currentSince: '2020-07-01',
      periods: [
        { from: '2001-03-01', until: '2020-06-30', current: false, grade: 'SECONDARY' },
        { from: '2020-07-01', until: null, current: true, grade: 'TERTIARY' },
      ],
    });
    // One audit record for the row, from the record before to the record after.
    expect(await importAudits(id)).toEqual([
      { before: 'SECONDARY', after: 'TERTIARY', since: '2020-07-01' },
    ]);

    // Exported with its day, read back unchanged.
    const again = await exported(id, 'dated-again.csv');
    expect(again.cell(SINCE)).toBe('2020-07-01');
    expect(await readBack(again, {})).toMatchObject({ updated: [], unchanged: 1, problems: [] });

    // The cell kept as exported: a correction of the current period, from 2020, and no third one.
    const kept = await tertiary();
    const corrected = await readBack(again, { 医院等级: '二级' });
    expect(corrected.problems).toEqual([]);
    expect(corrected.updated.map((row) => [row.id, row.fields])).toEqual([[id, ['grade']]]);
    expect(changes(kept, await tertiary())).toEqual({ '*': -1, ...yearsFrom(2020, -1) });
    expect((await periods(id)).periods).toEqual([
      { from: '2001-03-01', until: '2020-06-30', current: false, grade: 'SECONDARY' },
      { from: '2020-07-01', until: null, current: true, grade: 'SECONDARY' },
    ]);
  });

  it('corrects the current period in place when the cell is left as exported, past years included', async () => {
    const id = await hospital('时期导入更正医院');
    const file = await exported(id, 'corrected.csv');
    const before = await tertiary();
    const corrected = await readBack(file, { 医院等级: '三级' });
    expect(corrected.problems).toEqual([]);
    expect(corrected.updated.map((row) => [row.id, row.fields])).toEqual([[id, ['grade']]]);
    // Tertiary in every year it did social work, 2015 on.
    expect(changes(before, await tertiary())).toEqual({ '*': 1, ...yearsFrom(2015, 1) });
    expect(await periods(id)).toEqual({
      version: 2,
      currentSince: null,
      periods: [{ from: '2001-03-01', until: null, current: true, grade: 'TERTIARY' }],
    });
  });

  it('refuses a cleared cell, a day not after the current start or in the future, a day dating nothing, and a new row’s day, at its row and column', async () => {
    const id = await hospital('时期导入拒绝医院');
    const record = await periods(id);
    await ask(
      `mutation ($id: ID!, $version: Int!) { ningxia {
        updateInstitution(id: $id, version: $version, input: { grade: TERTIARY }, effectiveOn: "2020-07-01") { id } } }`,
      { id, version: record.version },
    );
    const was = await periods(id);
    expect(was.currentSince).toBe('2020-07-01');
    const file = await exported(id, 'refused.csv');
    expect(file.cell(SINCE)).toBe('2020-07-01');

    for (const [cells, chinese] of [
      [
        { [SINCE]: '' },
        `${id}：不能通过导入清空，否则即撤回该机构最近一次有日期的变更或重新开放：请用 withdrawInstitutionChange 撤回，或按导出时的值填回`,
      ],
      [
        { 医院等级: '二级', [SINCE]: '2019-01-01' },
        `${id}：须晚于当前时期的开始日期（2020-07-01）：该日及之前的修改是对当前时期的更正，请保留导出时的当前时期开始日期`,
      ],
      [{ 医院等级: '二级', [SINCE]: `${thisYear + 1}-01-01` }, `${id}：不能晚于今天`],
      // A day and no other change: updateInstitution's refusal of an input that gives nothing.
      [{ [SINCE]: '2022-01-01' }, `${id}：没有给出要修改的字段`],
      // A day and a change of nothing it dates (a name).
      [
        { 机构名称: `时期导入改名医院${Date.now()}`, [SINCE]: '2022-01-01' },
        `${id}：只用于类型、等级、所在地市、区县、社会工作设置、社会工作开始时间或服务领域的修改，本次未修改其中任何一项`,
      ],
      [
        { 记录编号: '', 版本: '', 机构名称: `时期导入新医院${Date.now()}`, [SINCE]: '2024-01-01' },
        '新登记的机构须留空：其当前时期即第一个时期；有日期的变更请在登记后用 updateInstitution 并注明生效日期（effectiveOn）',
      ],
    ] as const) {
      const refused = await readBack(file, cells);
      expect(refused).toMatchObject({ written: false, created: 0, updated: [] });
      expect(
        refused.problems.map(({ line, column, message }) => [line, column, inChinese(message)]),
      ).toEqual([[2, SINCE, chinese]]);
    }
    // Nothing written: the record, its periods and its audit as they were.
    expect(await periods(id)).toEqual(was);
    expect(await importAudits(id)).toEqual([]);
    const [{ count }] = await db().query(
      `SELECT count(*)::int AS count FROM institution WHERE name LIKE '时期导入新医院%'`,
    );
    expect(count).toBe(0);
  });
});
