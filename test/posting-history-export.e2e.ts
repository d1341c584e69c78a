import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bearer, graphql, useStack } from './harness.js';
import { exportHeader, exportRows } from '../subgraphs/registry/src/import/export-rows.js';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import { writeCsv } from '../subgraphs/registry/src/import/write-files.js';
import { regionBySlug } from '../subgraphs/regions.js';

/**
 * An export of Tianjin's social workers read back, with a moved worker's row changed as a team
 * would: the import corrects the current post and the first day as `updateSocialWorker` does, and
 * never writes the posts the worker left. On databases of this file's own.
 */
const federation = useStack({ ownDatabases: 'posting_history_export' });

const editor = () => bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });
const tianjin = regionBySlug('tianjin');
const folder = mkdtempSync(join(tmpdir(), 'posts-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function ask(query: string, variables?: Record<string, unknown>) {
  const response = await graphql(federation.stack.gatewayUrl, query, variables, await editor());
  expect(response.errors).toBeUndefined();
  return response.data.tianjin;
}

const institution = async (name: string, kind: string) =>
  (
    await ask(
      `mutation ($input: InstitutionInput!) { tianjin { createInstitution(input: $input) { id } } }`,
      { input: { name: `${name}${Date.now()}`, kind, city: '天津市', county: '导出测试区' } },
    )
  ).createInstitution.id as string;

/** The export of Tianjin's social workers, as Chinese CSV: its header and the worker's row. */
async function exported(workerId: string, name: string) {
  const path = join(folder, name);
  const db = federation.stack.subgraphs.get('tianjin')!.db;
  await writeCsv(
    path,
    exportHeader('social-workers', 'zh'),
    exportRows(db, 'social-workers', tianjin, 'zh'),
  );
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines[0]!.split(',');
  const row = lines.find((line) => line.startsWith(`${workerId},`))!.split(',');
  expect(row.length).toBe(header.length);
  return { path, header, row };
}

/** The file read back with the row's cells changed, by the start of their column's name. */
async function readBack(file: Awaited<ReturnType<typeof exported>>, cells: Record<string, string>) {
  const row = [...file.row];
  for (const [column, value] of Object.entries(cells))
    // The first header after the byte-order mark a CSV file for Excel begins with.
    row[file.header.findIndex((name) => name.replace(/^\uFEFF/, '').startsWith(column))] = value;
  writeFileSync(file.path, `${file.header.join(',')}\n${row.join(',')}\n`);
  const db = federation.stack.subgraphs.get('tianjin')!.db;
  return importFile(
    db,
    { path: file.path },
    { kind: 'social-workers', region: tianjin, actor: 'test-tianjin', mode: 'upsert' },
  );
}

/** A worker registered at `from` on `startedOn` and moved to `to` on 2023-09-01. */
async function movedOn20230901(name: string, from: string, startedOn: string, to: string) {
  const worker = (
    await ask(
      `mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { id version } } }`,
      { input: { name, institutionId: from, startedOn } },
    )
  ).registerSocialWorker as { id: string; version: number };
  await ask(
    `mutation { tianjin { transferSocialWorker(id: "${worker.id}", version: ${worker.version}, institutionId: "${to}", on: "2023-09-01") { id } } }`,
  );
  return worker;
}

describe('an export of social workers read back', () => {
  it('corrects the current post and the first day, keeps the posts left, and refuses a first day after the first post', async () => {
    const hospital = await institution('导出测试医院', 'GENERAL_HOSPITAL');
    const agency = await institution('导出测试社工机构', 'SOCIAL_WORK_AGENCY');
    const station = await institution('导出测试社工站', 'SOCIAL_WORK_STATION');
    const worker = await movedOn20230901('导出测试社工', hospital, '2020-05-01', agency);
    // Read from the database: an import bypasses the gateway, whose cached answers it does not move.
    const db = federation.stack.subgraphs.get('tianjin')!.db;
    const posts = async () =>
      (
        await db.query(
          `SELECT 'TJ-' || institution_id AS institution, post_from::text, post_until::text, first_post
           FROM social_worker_post WHERE worker_id = $1 ORDER BY post_from`,
          [worker.id.replace(/^TJ-/, '')],
        )
      ).map(Object.values);
    expect(await posts()).toEqual([
      [hospital, '2020-05-01', '2023-08-31', true],
      [agency, '2023-09-01', null, false],
    ]);

    // Another institution and an earlier first day: the current post's institution from its first
    // day, and the first post's first day; the hospital's last day stays.
    const first = await exported(worker.id, 'first.csv');
    const changed = await readBack(first, { 所在机构: station, 入职日期: '2019-04-01' });
    expect(changed.problems).toEqual([]);
    expect(changed.updated.map((row) => [row.id, [...row.fields].sort()])).toEqual([
      [worker.id, ['institutionId', 'startedOn']],
    ]);
    expect(await posts()).toEqual([
      [hospital, '2019-04-01', '2023-08-31', true],
      [station, '2023-09-01', null, false],
    ]);

    // A first day after the first post's last day is refused, as updateSocialWorker refuses it.
    const second = await exported(worker.id, 'second.csv');
    const refused = await readBack(second, { 入职日期: '2023-09-01' });
    expect(refused.written).toBe(false);
    expect(refused.updated).toEqual([]);
    expect(refused.problems.map(({ column, message }) => [column, message])).toEqual([
      ['入职日期', `${worker.id}: must not be after firstPostUntil (2023-08-31)`],
    ]);
    expect(await posts()).toEqual([
      [hospital, '2019-04-01', '2023-08-31', true],
      [station, '2023-09-01', null, false],
    ]);
  });
});

describe('the export’s 现任职首日', () => {
  it('carries the day of the latest move, which a changed cell redates as redateTransfer does, and which no cell clears or gives a new worker', async () => {
    const hospital = await institution('现任职首日测试医院', 'GENERAL_HOSPITAL');
    const agency = await institution('现任职首日测试社工机构', 'SOCIAL_WORK_AGENCY');
    const worker = await movedOn20230901('现任职首日测试社工', hospital, '2019-01-01', agency);
    const db = federation.stack.subgraphs.get('tianjin')!.db;
    const posts = async () =>
      (
        await db.query(
          `SELECT 'TJ-' || institution_id AS institution, post_from::text, post_until::text
           FROM social_worker_post WHERE worker_id = $1 ORDER BY post_from`,
          [worker.id.replace(/^TJ-/, '')],
        )
      ).map(Object.values);

    const file = await exported(worker.id, 'posted-on.csv');
    expect(file.row[file.header.indexOf('现任职首日')]).toBe('2023-09-01');
    const redated = await readBack(file, { 现任职首日: '2022-03-01' });
    expect(redated.problems).toEqual([]);
    expect(redated.updated.map((row) => [row.id, row.fields])).toEqual([[worker.id, ['postedOn']]]);
    expect(await posts()).toEqual([
      [hospital, '2019-01-01', '2022-02-28'],
      [agency, '2022-03-01', null],
    ]);
    const [audited] = await db.query(
      `SELECT action, before->>'postedOn' AS before, after->>'postedOn' AS after FROM audit
       WHERE entity = 'social_worker' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [worker.id.replace(/^TJ-/, '')],
    );
    expect(audited).toEqual({ action: 'import', before: '2023-09-01', after: '2022-03-01' });

    // Refused, the row named and the column: a day that leaves the post left no day, and a cleared
    // cell, which would withdraw the move.
    const again = await exported(worker.id, 'posted-on-again.csv');
    for (const [cell, message] of [
      [
        '2019-01-01',
        `${worker.id}: must be after the first day of the post the move ends (2019-01-01): that post would hold no day`,
      ],
      [
        '',
        `${worker.id}: cannot be cleared by an import, which would withdraw the worker's latest move: withdraw it with withdrawTransfer, or write the cell back as exported`,
      ],
    ]) {
      const refused = await readBack(again, { 现任职首日: cell! });
      expect(refused.written).toBe(false);
      expect(refused.problems.map(({ line, column, message }) => [line, column, message])).toEqual([
        [2, '现任职首日', message],
      ]);
    }
    expect(await posts()).toEqual([
      [hospital, '2019-01-01', '2022-02-28'],
      [agency, '2022-03-01', null],
    ]);

    // A new worker's row: no move to date.
    const created = await readBack(again, {
      记录编号: '',
      版本: '',
      姓名: '现任职首日新社工',
      现任职首日: '2024-01-01',
    });
    expect(created.created).toBe(0);
    expect(created.problems.map(({ column, message }) => [column, message])).toEqual([
      [
        '现任职首日',
        'must be empty for a worker the import registers, who has not moved: a move is transferSocialWorker, with its day',
      ],
    ]);
  });
});
