import { describe, expect, it, vi } from 'vitest';
import { printReport } from '../scripts/import-report.js';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import type { ImportReport } from '../subgraphs/registry/src/import/import-report.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { creditCodeCheckCharacter } from '../subgraphs/registry/src/writes/credit-code.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { useRegistryDatabase } from './harness.js';

/**
 * Every message an import reports reaches a regional team in Chinese: files that break each rule
 * the import and the write validation know, whose every problem and conflict must have its Chinese.
 */
const opened = useRegistryDatabase('import_messages');
const ningxia = regionBySlug('ningxia');

const creditCode = (n: number, division = '640000') => {
  const first17 = `12${division}MB${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};
const wrongCheck = (code: string) => code.slice(0, 17) + (code[17] === '0' ? '1' : '0');

const importAs = (
  kind: string,
  file: string | Uint8Array,
  mode: 'create' | 'update' | 'upsert' = 'upsert',
) => importFile(opened.dataSource, file, { kind, region: ningxia, actor: 'test', mode });

const messagesOf = (report: ImportReport) => [
  ...report.problems.map((p) => p.message),
  ...report.conflicts.map((c) => c.message),
];

describe('the messages of an import, in Chinese', () => {
  const seen: string[] = [];
  const expectAllInChinese = (report: ImportReport, atLeast: number) => {
    const messages = messagesOf(report);
    expect(messages.length).toBeGreaterThanOrEqual(atLeast);
    expect(messages.filter((message) => inChinese(message) === null)).toEqual([]);
    seen.push(...messages);
  };

  it('has the Chinese of every problem of institution rows', async () => {
    const setup = await importAs(
      'institutions',
      [
        'name,kind,creditCode',
        `宁夏消息测试机构甲,SOCIAL_WORK_AGENCY,${creditCode(1)}`,
        `宁夏消息测试机构乙,SOCIAL_WORK_AGENCY,${creditCode(2)}`,
      ].join('\n'),
    );
    expect(setup.problems).toEqual([]);
    const idOf = async (code: string) =>
      `NX-${(await opened.dataSource.query(`SELECT id FROM institution WHERE credit_code = $1`, [code]))[0].id}`;
    const id = await idOf(creditCode(1));
    const other = await idOf(creditCode(2));
    const rows = [
      'id,version,name,kind,grade,creditCode,foundedOn,serviceFields',
      `,,,SOCIAL_WORK_AGENCY,,${creditCode(10)},,`,
      `,,###,SOCIAL_WORK_AGENCY,,${creditCode(11)},,`,
      `,,名\u200E称,SOCIAL_WORK_AGENCY,,${creditCode(12)},,`,
      `,,${'长'.repeat(201)},SOCIAL_WORK_AGENCY,,${creditCode(13)},,`,
      `,,某机构,大医院,,${creditCode(14)},,`,
      `,,某机构,SOCIAL_WORK_AGENCY,三级,${creditCode(15)},,`,
      `,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(16).slice(0, 17)},,`,
      `,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(17).slice(0, 17)}I,,`,
      `,,某机构,SOCIAL_WORK_AGENCY,,${wrongCheck(creditCode(18))},,`,
      `,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(19, '110000')},,`,
      `,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(20)},someday,`,
      `,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(21)},2021-02-30,`,
      `,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(22)},1700,`,
      `,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(23)},2099,`,
      `,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(24)},,MEDICAL;医务`,
      `,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(24)},,`,
      `BJ-5,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(25)},,`,
      `NX-999999,,某机构,SOCIAL_WORK_AGENCY,,${creditCode(26)},,`,
      `${id},x,某机构,SOCIAL_WORK_AGENCY,,${creditCode(1)},,`,
      `${other},7,宁夏消息测试机构乙（改名）,SOCIAL_WORK_AGENCY,,${creditCode(2)},,`,
    ];
    const report = await importAs('institutions', rows.join('\n'));
    expectAllInChinese(report, rows.length - 1);
    expect(report.conflicts).toHaveLength(1);

    // Through the update mutation: a credit code another institution holds.
    const taken = await importAs(
      'institutions',
      `id,version,creditCode\n${id},1,${creditCode(2)}`,
      'update',
    );
    expectAllInChinese(taken, 1);
    expect(messagesOf(taken)[0]).toContain('is already the code of institution NX-');
  });

  it('has the Chinese of every problem of social worker and programme rows', async () => {
    const workers = [
      'name,certificateLevel,certificateNumber,institutionCreditCode,startedOn,endedOn,certifiedSince',
      '甲,ASSISTANT,ab,,,,',
      '乙,NONE,NXSW000001,,,,',
      `丙,ASSISTANT,NXSW000002,${creditCode(99)},,,`,
      `丁,ASSISTANT,NXSW000003,${creditCode(99).slice(0, 17)},,,`,
      '戊,ASSISTANT,NXSW000004,,2024-03,,',
      '己,ASSISTANT,NXSW000005,,2024-03-01,2023-01-01,',
      '庚,ASSISTANT,NXSW000006,,,,明年',
      '辛,ASSISTANT,NXSW000007,,,,2999-01-01',
      '壬,NONE,,,,,2021-03-01',
    ];
    expectAllInChinese(await importAs('social-workers', workers.join('\n')), workers.length - 1);

    const programmes = [
      'key,name,kind,year,fundingYuan,individualCases,periodStart,periodEnd',
      'a b,某项目,PILOT,,,,,',
      'NX-P-1,某项目,PILOT,1900,,,,',
      'NX-P-2,某项目,PILOT,今年,,,,',
      'NX-P-3,某项目,PILOT,,-5,,,',
      'NX-P-4,某项目,PILOT,,1e14,,,',
      'NX-P-5,某项目,PILOT,,100000000000000,,,',
      'NX-P-6,某项目,PILOT,,,1.5,,',
      'NX-P-7,某项目,PILOT,,,,2024-05,2024-01',
      // Past what the registry's integer column holds: a row problem, not the file's failure.
      'NX-P-8,某项目,PILOT,,,3000000000,,',
    ];
    expectAllInChinese(await importAs('programs', programmes.join('\n')), programmes.length - 1);
  });

  it('has the Chinese of every problem of a file as a whole', async () => {
    const files: [string, string | Uint8Array, 'create' | 'update'][] = [
      ['institutions', 'name,kind,creditCode,colour\n某机构,SOCIAL_WORK_AGENCY,x,red', 'create'],
      ['institutions', 'name,kind,name\n某机构,SOCIAL_WORK_AGENCY,某', 'create'],
      ['institutions', 'name,kind,creditCode\n某机构,SOCIAL_WORK_AGENCY', 'update'],
      ['institutions', 'name,kind,creditCode\n某机构,SOCIAL_WORK_AGENCY,x,y', 'create'],
      ['institutions', 'name,kind,creditCode\n某机构,SOCIAL_WORK_AGENCY', 'create'],
      ['institutions', 'name,kind,creditCode\n"某机构,SOCIAL_WORK_AGENCY,x', 'create'],
      ['institutions', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x80, 0xff, 0x0a]), 'create'],
      ['institutions', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x0a, 0x00]), 'create'],
      ['institutions', 'name,kind,creditCode\n某\uFFFD,SOCIAL_WORK_AGENCY,x', 'create'],
    ];
    for (const [kind, file, mode] of files) expectAllInChinese(await importAs(kind, file, mode), 1);
  });

  /** An institution imported with the `n`th credit code, by its record id. */
  const imported = async (name: string, n: number) => {
    const setup = await importAs(
      'institutions',
      `name,kind,creditCode\n${name},SOCIAL_WORK_AGENCY,${creditCode(n)}`,
    );
    expect(setup.problems).toEqual([]);
    const [{ id }] = await opened.dataSource.query(
      `SELECT id FROM institution WHERE credit_code = $1`,
      [creditCode(n)],
    );
    return `NX-${id}`;
  };

  it('says that an empty cell of a required column is required, on a record it updates', async () => {
    const id = await imported('宁夏必填测试机构', 30);
    const report = await importAs(
      'institutions',
      `记录编号,版本,机构名称,机构类型\n${id},1,宁夏必填测试机构,`,
    );
    expect(
      report.problems.map(({ column, message }) => [column, message, inChinese(message)]),
    ).toEqual([['机构类型', `${id}: is required`, `${id}：必填`]]);
    seen.push(...messagesOf(report));
  });

  it("says that a version above the record's was never its, at the column the file names 版本", async () => {
    const id = await imported('宁夏版本测试机构', 31);
    const report = await importAs(
      'institutions',
      `记录编号,版本,机构名称,机构类型\n${id},7,宁夏版本测试机构（改名）,社会工作服务机构`,
    );
    const english = `${id} is at version 1, and was never at version 7, which the file gives: keep the version column as exported, or export the records again; nothing of this row was written`;
    const chinese = `${id} 现为第 1 版，从未有过文件中的第 7 版：请保留导出文件中“版本”列的原值，或重新导出；此行未写入`;
    expect(report.conflicts.map((c) => [c.message, inChinese(c.message)])).toEqual([
      [english, chinese],
    ]);
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      printReport(report, { kind: 'institutions', dryRun: false, partial: false });
      expect(String(printed.mock.calls[0]![0]).split('\n')[0]).toBe(
        `第 2 行，版本：冲突：${chinese} (line 2, column 版本: conflict: ${english})`,
      );
    } finally {
      vi.restoreAllMocks();
    }
    seen.push(...messagesOf(report));
  });

  it('sums up a file refused at its header as refused there, with nothing read', async () => {
    const report = await importAs(
      'institutions',
      '机构名称,机构类型,状态,联系电话\n某机构,社会工作服务机构,正常,123',
    );
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(printReport(report, { kind: 'institutions', dryRun: false, partial: false })).toBe(1);
      expect(printed.mock.calls.map(([line]) => String(line))).toEqual([
        '文件因表头有误被拒绝（见以上问题）：未读取任何行。\nThe file was refused at its header (see the problems above): no row was read.',
      ]);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('says some of them word for word', () => {
    expect(inChinese('repeats line 2')).toBe('与第 2 行重复');
    expect(
      inChinese(
        'is repeated on line 3, 9: rows that name one record are refused together; keep only the one meant, or, for a new record, clear the id and version of the copy',
      ),
    ).toBe(
      '在第 3、9 行重复：指向同一记录的各行一并不予写入；请只保留要写入的那一行，若要新增记录，请清空复制行的记录编号和版本',
    );
    expect(inChinese('must be 18 characters, not 17')).toBe('须为 18 个字符，现为 17 个');
    expect(
      inChinese(
        "registers its holder in the administrative division 110000, outside Ningxia (whose codes carry 64): it belongs to that province's registry",
      ),
    ).toContain('不在宁夏');
    expect(
      inChinese('a hospital grade applies only to medical institutions, not to SOCIAL_WORK_AGENCY'),
    ).toBe('医院等级只适用于医疗机构，不适用于社会工作服务机构');
    expect(inChinese('must not be before startedOn (2024-03-01)')).toBe(
      '不能早于入职日期（2024-03-01）',
    );
    expect(inChinese('no such message')).toBeNull();
    // The battery above met at least this many different messages (numbers and ids aside).
    const kinds = new Set(seen.map((message) => message.replace(/[\d]+/g, '#')));
    expect(kinds.size).toBeGreaterThanOrEqual(43);
  });
});
