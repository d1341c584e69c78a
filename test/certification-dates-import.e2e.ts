import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bearer, graphql, useStack } from './harness.js';
import { chinaDay } from '../shared/china-day.js';
import { exportHeader, exportRows } from '../subgraphs/registry/src/import/export-rows.js';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { templateInstructions } from '../subgraphs/registry/src/import/template-instructions.js';
import { writeCsv } from '../subgraphs/registry/src/import/write-files.js';
import { regionBySlug } from '../subgraphs/regions.js';

/**
 * An export of Tianjin's social workers read back with a worker's 证书取得日期 (`certifiedSince`)
 * changed as a team would: the measures count the worker as certified from that day only, and a
 * cell that is no full date, a day in the future or a day without a certificate is refused at its
 * row and column, nothing of the file written. The measures are read through the gateway as
 * differences from before the import, on databases of this file's own.
 */
const federation = useStack({ ownDatabases: 'certification_dates_import' });

const tianjin = regionBySlug('tianjin');
const editor = () => bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });
const db = () => federation.stack.subgraphs.get('tianjin')!.db;
const folder = mkdtempSync(join(tmpdir(), 'certification-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const DATE = '证书取得日期';

let reads = 0;
/**
 * Asked through the gateway, each query a query of its own: an import writes to the database, not
 * through the gateway, whose cached answer may stand for its max-age (README).
 */
async function ask(query: string, variables?: Record<string, unknown>) {
  reads += 1;
  const response = await graphql(
    federation.stack.gatewayUrl,
    query.replace(/^(mutation[^{]*)?\{ tianjin \{/, `$1{ tianjin { read${reads}: __typename`),
    variables,
    await editor(),
  );
  expect(response.errors).toBeUndefined();
  return response.data.tianjin;
}

/** Tianjin's certified social workers and practitioners at the end of a day. */
async function counted(asOf: string) {
  const read = await ask(
    `{ tianjin { certified: measure(indicator: "CERTIFIED_SOCIAL_WORKERS", asOf: "${asOf}") { value }
       practitioners: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", asOf: "${asOf}") { value } } }`,
  );
  return { certified: read.certified.value, practitioners: read.practitioners.value };
}

/** A social work agency of Tianjin founded in 2018. */
const agency = async () =>
  (
    await ask(
      `mutation ($input: InstitutionInput!) { tianjin { createInstitution(input: $input) { id } } }`,
      {
        input: {
          name: `证书日期导入测试社工机构${Date.now()}`,
          kind: 'SOCIAL_WORK_AGENCY',
          city: '天津市',
          county: '和平区',
          foundedOn: '2018-01-01',
        },
      },
    )
  ).createInstitution.id as string;

let numbers = 0;
/** A worker at the institution since 2018-06-01, with the input's other fields. */
const registered = async (institutionId: string, input: Record<string, unknown>) =>
  (
    await ask(
      `mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { id } } }`,
      {
        input: {
          name: `证书日期导入测试社工${(numbers += 1)}`,
          institutionId,
          startedOn: '2018-06-01',
          ...input,
        },
      },
    )
  ).registerSocialWorker.id as string;
const certified = (institutionId: string, certifiedSince?: string) =>
  registered(institutionId, {
    certificateLevel: 'ASSISTANT',
    certificateNumber: `CERT-IMPORT-${Date.now()}-${numbers}`,
    certifiedSince,
  });

/** Workers' level, date and version, read from the database: what an import left. */
const stored = async (...ids: string[]) =>
  (await db().query(
    `SELECT 'TJ-' || id AS id, certificate_level AS level, certified_since::text AS since, version
     FROM social_worker WHERE id = ANY($1::bigint[]) ORDER BY id`,
    [ids.map((id) => id.replace(/^TJ-/, ''))],
  )) as { id: string; level: string; since: string | null; version: number }[];

/** The export of Tianjin's social workers, as Chinese CSV: its header and the rows by worker id. */
async function exported(name: string) {
  const path = join(folder, name);
  await writeCsv(
    path,
    exportHeader('social-workers', 'zh'),
    exportRows(db(), 'social-workers', tianjin, 'zh'),
  );
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  // The first header after the byte-order mark a CSV file for Excel begins with.
  const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
  const row = (id: string) => {
    const cells = lines.find((line) => line.startsWith(`${id},`))!.split(',');
    expect(cells.length).toBe(header.length);
    return cells;
  };
  return { path, header, row };
}

type Exported = Awaited<ReturnType<typeof exported>>;

/** A row of the file with cells changed, by their column's header. */
const changed = (file: Exported, row: string[], cells: Record<string, string>) => {
  const copy = [...row];
  for (const [column, value] of Object.entries(cells)) {
    const index = file.header.indexOf(column);
    expect(index, column).toBeGreaterThanOrEqual(0);
    copy[index] = value;
  }
  return copy;
};

/** The file imported with these rows under its header. */
function imported(file: Exported, rows: string[][]) {
  writeFileSync(file.path, [file.header, ...rows].map((row) => row.join(',')).join('\n') + '\n');
  return importFile(
    db(),
    { path: file.path },
    { kind: 'social-workers', region: tianjin, actor: 'test-tianjin', mode: 'upsert' },
  );
}

describe('the workers’ 证书取得日期', () => {
  it('is exported beside the certificate, explained in the template, and dates a certification from that day only', async () => {
    const institution = await agency();
    const worker = await certified(institution);
    const before = { eve: await counted('2021-02-28'), day: await counted('2021-03-01') };

    const file = await exported('dated.csv');
    expect(
      file.header.slice(file.header.indexOf('证书等级'), file.header.indexOf(DATE) + 1),
    ).toEqual(['证书等级', '证书编号', DATE]);
    expect(file.row(worker)[file.header.indexOf(DATE)]).toBe('');
    const [, , how] = templateInstructions('social-workers', 'zh').find(([c]) => c === DATE)!;
    expect(how).toMatch(/^首次取得社会工作者职业资格证书之日（完整日期/);

    // As a Chinese spreadsheet writes a date.
    const dated = await imported(file, [changed(file, file.row(worker), { [DATE]: '2021/3/1' })]);
    expect(dated.problems).toEqual([]);
    expect(dated.updated.map((row) => [row.id, row.fields])).toEqual([
      [worker, ['certifiedSince']],
    ]);
    expect(await stored(worker)).toMatchObject([{ level: 'ASSISTANT', since: '2021-03-01' }]);
    // Certified on the day, not the day before, in post on both.
    expect(await counted('2021-02-28')).toEqual({
      certified: before.eve.certified - 1,
      practitioners: before.eve.practitioners,
    });
    expect(await counted('2021-03-01')).toEqual(before.day);

    // Kept as exported, the cell changes nothing.
    const again = await exported('kept.csv');
    expect(again.row(worker)[again.header.indexOf(DATE)]).toBe('2021-03-01');
    const kept = await imported(again, [again.row(worker)]);
    expect(kept.problems).toEqual([]);
    expect(kept.updated).toEqual([]);
    expect(kept.unchanged).toBe(1);

    // A new worker's row, certified since a day, at the same institution.
    const newWorker = await imported(again, [
      changed(
        again,
        again.header.map(() => ''),
        {
          姓名: '证书日期导入新社工',
          证书等级: '社会工作师',
          证书编号: `CERT-IMPORT-NEW-${Date.now()}`,
          [DATE]: '2021-03-02',
          '所在机构（统一社会信用代码或记录编号）': institution,
          入职日期: '2019-01-01',
        },
      ),
    ]);
    expect(newWorker.problems).toEqual([]);
    expect(newWorker.created).toBe(1);
    const [created] = newWorker.createdRows;
    expect(await stored(created!.id)).toMatchObject([
      { level: 'INTERMEDIATE', since: '2021-03-02' },
    ]);
    expect((await counted('2021-03-01')).certified).toBe(before.day.certified);
    expect((await counted('2021-03-02')).certified).toBe(before.day.certified + 1);

    // Cleared with the certificate, the worker is uncertified on every day.
    const withdrawn = await imported(again, [
      changed(again, again.row(worker), { 证书等级: '无证书', 证书编号: '', [DATE]: '' }),
    ]);
    expect(withdrawn.problems).toEqual([]);
    expect(await stored(worker)).toMatchObject([{ level: 'NONE', since: null }]);
    expect((await counted('2021-03-01')).certified).toBe(before.day.certified - 1);
    expect((await counted('2021-03-02')).certified).toBe(before.day.certified);
  });

  it('refuses a cell that is no full date, a day in the future or a day without a certificate, at its row and column, writing nothing', async () => {
    const institution = await agency();
    const dated = await certified(institution, '2020-05-01');
    const undated = await certified(institution);
    const uncertified = await registered(institution, {});
    const was = await stored(dated, undated, uncertified);
    const file = await exported('refused.csv');
    // A change the file would write, were nothing in it refused.
    const good = changed(file, file.row(undated), { [DATE]: '2022-01-01' });
    const newRow = (cells: Record<string, string>) =>
      changed(
        file,
        file.header.map(() => ''),
        { 姓名: '证书日期导入被拒新社工', ...cells },
      );
    const tomorrow = chinaDay(new Date(Date.now() + 86_400_000));
    const withoutCertificate =
      'a certificate date (certifiedSince) needs a certificate level other than NONE';
    const cases: [string, string[], string, string][] = [
      [
        'no date',
        changed(file, file.row(dated), { [DATE]: '明年' }),
        'must be a full date: 2024-03-01',
        '须为完整日期，如 2024-03-01',
      ],
      [
        'a month',
        changed(file, file.row(dated), { [DATE]: '2021-03' }),
        'must be a full date: 2024-03-01',
        '须为完整日期，如 2024-03-01',
      ],
      [
        'a day in the future',
        changed(file, file.row(dated), { [DATE]: tomorrow }),
        'must not be in the future',
        '不能晚于今天',
      ],
      [
        'a day for a worker without a certificate',
        changed(file, file.row(uncertified), { [DATE]: '2021-03-01' }),
        `${uncertified}: ${withoutCertificate}`,
        `${uncertified}：填写证书取得日期时，证书等级须为助理社会工作师、社会工作师或高级社会工作师，不能为“无证书”或留空`,
      ],
      [
        'a day kept as exported while the certificate is taken away',
        changed(file, file.row(dated), { 证书等级: '无证书', 证书编号: '' }),
        `${dated}: ${withoutCertificate}`,
        `${dated}：填写证书取得日期时，证书等级须为助理社会工作师、社会工作师或高级社会工作师，不能为“无证书”或留空`,
      ],
      [
        'a new worker without a certificate, with a day',
        newRow({ 证书等级: '无证书', [DATE]: '2021-03-01' }),
        withoutCertificate,
        '填写证书取得日期时，证书等级须为助理社会工作师、社会工作师或高级社会工作师，不能为“无证书”或留空',
      ],
    ];
    for (const [name, row, message, chinese] of cases) {
      const refused = await imported(file, [good, row]);
      expect(refused.written, name).toBe(false);
      expect(
        refused.problems.map((p) => [p.line, p.column, p.message]),
        name,
      ).toEqual([[3, DATE, message]]);
      expect(inChinese(message), name).toBe(chinese);
      expect(await stored(dated, undated, uncertified), name).toEqual(was);
    }
    expect(
      (
        await db().query(
          `SELECT count(*)::int AS n FROM social_worker WHERE name = '证书日期导入被拒新社工'`,
        )
      )[0].n,
    ).toBe(0);
  });
});
