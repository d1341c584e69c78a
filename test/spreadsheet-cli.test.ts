import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolArguments } from './tool-command.js';

/** The export and import commands, refusing before they open any database. */
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [...toolArguments(`scripts/${script}.ts`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
  });

// Starting tsx takes seconds, many on a busy machine.
describe('the spreadsheet commands', { timeout: 120_000 }, () => {
  it('refuses to export social workers without --include-personal-data, saying why in Chinese and English', () => {
    const result = run('export', [
      '--region',
      'ningxia',
      '--kind',
      'social-workers',
      '--out',
      'x.csv',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('个人信息');
    expect(result.stderr).toContain('--include-personal-data');
  });

  it('lists the kinds when neither the file name nor its header says it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'registry-kind-'));
    try {
      const file = join(folder, 'staff.csv');
      writeFileSync(file, '姓名,电话\n王某,123\n');
      const result = run('import', ['--region', 'ningxia', '--file', file]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /^无法确定记录类型：文件名和表头都未表明 \(neither the file name nor its header says the kind\): 请加 --kind institutions\|social-workers\|programs\n/,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says a folder given as the file cannot be read, exit code 2', () => {
    const result = run('import', [
      '--region',
      'ningxia',
      '--kind',
      'institutions',
      '--file',
      'test',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^test 是文件夹，不是文件。test is a folder, not a file\.\n/);
  });

  it('says a file named .xlsx that is no workbook is none, and a missing --region is missing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'registry-not-xlsx-'));
    try {
      const file = join(folder, '机构.xlsx');
      writeFileSync(file, 'hello\n');
      const named = run('import', ['--region', 'ningxia', '--file', file]);
      expect(named.status).toBe(2);
      expect(named.stderr).toMatch(
        /^\S+机构\.xlsx 的文件名是 \.xlsx，内容却不是 xlsx 工作簿：请在表格程序中另存为 xlsx 或 CSV。/,
      );
      const unnamed = run('import', ['--file', file]);
      expect(unnamed.status).toBe(2);
      expect(unnamed.stderr).toMatch(/^缺少 --region：请写明导入哪个地区 \(no region given\)\n/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says a file in a folder that does not exist cannot be written, before any work, exit code 2', () => {
    for (const [script, args] of [
      [
        'export',
        ['--region', 'ningxia', '--kind', 'institutions', '--out', 'no-such-folder/a.xlsx'],
      ],
      [
        'report',
        ['--indicator', 'MSW_INSTITUTIONS', '--format', 'csv', '--out', 'no-such-folder/r.csv'],
      ],
      ['backup', ['--region', 'ningxia', '--out', 'no-such-folder/nx.dump']],
    ] as const) {
      const result = run(script, [...args]);
      expect(result.status, script).toBe(2);
      expect(result.stderr, script).toMatch(
        /^无法写入 no-such-folder\/\S+：文件夹 \S+no-such-folder 不存在。Cannot write no-such-folder\/\S+: the folder \S+no-such-folder does not exist\.\n/,
      );
    }
  });

  it("says which of the report's options is wrong, in Chinese and English, before its usage", () => {
    const said = (args: string[]) => run('report', args).stderr.split('\n')[0];
    expect(said(['--indicator', 'MSW_INSTITUTIONS', '--format', 'markdown'])).toBe(
      '没有 markdown 格式：可用 table、csv、json、xlsx。There is no format markdown; one of table, csv, json, xlsx.',
    );
    expect(said(['--indicator', 'MSW_INSTITUTIONS', '--to', '2024'])).toBe(
      '--to 须与 --from 一起使用。--to needs --from.',
    );
    expect(said(['--indicator', 'MSW_INSTITUTIONS', '--from', '2021', '--as-of', '2022-06'])).toBe(
      '--as-of 不能与 --from 一起使用：年末值序列以 --to 截止。--as-of does not go with --from: end a series with --to.',
    );
    expect(said(['--format', 'csv'])).toBe('缺少 --indicator。No --indicator given.');
    // CSV text in a file named .xlsx is one Excel cannot open; the name alone says the format.
    expect(said(['--indicator', 'MSW_INSTITUTIONS', '--format', 'csv', '--out', 'r.xlsx'])).toMatch(
      /^--format csv 与文件名 r\.xlsx 的扩展名 \.xlsx 不符：/,
    );
    expect(
      said(['--indicator', 'MSW_INSTITUTIONS', '--out', 'r.xlsx', '--as-of', '30/6/2023']),
    ).toMatch(
      /^--as-of 须为年份、年月或日期，如 2023、2023-06 或 2023-06-30（也可写作 2023-6-30），而不是“30\/6\/2023”。/,
    );
  });

  it('refuses a --format that contradicts the extension of the file, before any work', () => {
    for (const [format, out, extension] of [
      ['csv', 'x.xlsx', 'xlsx'],
      ['xlsx', 'x.csv', 'csv'],
      ['CSV', 'x.XLSX', 'xlsx'],
    ] as const) {
      const result = run('export', [
        '--region',
        'ningxia',
        '--kind',
        'institutions',
        '--format',
        format,
        '--out',
        out,
      ]);
      expect(result.status, out).toBe(2);
      expect(result.stderr, out).toMatch(
        new RegExp(
          `^--format ${format.toLowerCase()} 与文件名 ${out.replace('.', '\\.')} 的扩展名 \\.${extension} 不符：.*--format ${format.toLowerCase()} contradicts the file name`,
        ),
      );
    }
  });

  it('refuses to guess the format of a file name that ends in neither .csv nor .xlsx', () => {
    const result = run('export', [
      '--region',
      'ningxia',
      '--kind',
      'institutions',
      '--out',
      'a.pdf',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^无法从文件名 a\.pdf 判断格式/);
  });

  it('takes a kind in Chinese, refuses a template named .csv, and says a missing --region', () => {
    const folder = mkdtempSync(join(tmpdir(), 'registry-export-words-'));
    try {
      const template = run('export', [
        '--template',
        '--kind',
        '机构',
        '--out',
        join(folder, '模板.csv'),
      ]);
      expect(template.status).toBe(2);
      expect(template.stderr).toMatch(
        /^模板是 xlsx 工作簿（含下拉列表、数据字典和填写说明），不能写成 CSV：请用 \.xlsx 结尾的文件名。/,
      );
      const written = run('export', [
        '--template',
        '--kind',
        '社工',
        '--out',
        join(folder, '模板.xlsx'),
      ]);
      expect(written.status).toBe(0);
      const unknown = run('export', [
        '--region',
        '宁夏',
        '--kind',
        '人员',
        '--out',
        join(folder, 'a.csv'),
      ]);
      expect(unknown.stderr).toMatch(
        /^未知的 --kind 人员：可用 institutions\|social-workers\|programs，或 机构、社工、项目。/,
      );
      const noRegion = run('export', ['--kind', '机构', '--out', join(folder, 'b.csv')]);
      expect(noRegion.status).toBe(2);
      expect(noRegion.stderr).toMatch(/^缺少 --region：请写明导出哪个地区 \(no region given\)\n/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses an unknown mode', () => {
    const result = run('import', ['--region', 'ningxia', '--file', '机构.csv', '--mode', 'merge']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '未知模式 merge：可用 create、update、upsert。Unknown mode merge; one of create, update, upsert.',
    );
  });

  it('says a missing file is missing, before what its name does not say', () => {
    const result = run('import', ['--region', 'ningxia', '--file', 'data.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^找不到文件 data\.csv：请检查文件名和所在文件夹。No file data\.csv\.\n/,
    );
  });

  it('answers --help with the usage, exit code 0', () => {
    const result = run('export', ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('用法 Usage: npm run export');
  });

  it('says an unknown option is a usage mistake, in Chinese and English, exit code 2', () => {
    const result = run('import', ['--region', 'ningxia', '--flie', '机构.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^没有选项 --flie。There is no option --flie\.\n/);
    expect(result.stderr).toContain('用法 Usage: npm run import');
  });

  it("says node's other refusals of a command line in Chinese and English, on one line", () => {
    for (const [args, said] of [
      [['--region', 'ningxia', '--file'], /^选项 --file 缺少取值/],
      [
        ['--region', 'ningxia', '--file', '-x'],
        /^选项 --file 缺少取值；以 - 开头的取值写作 --file=-5。/,
      ],
      [['ningxia'], /^多余的参数 ningxia：每一项都以其选项给出/],
      [
        ['--region', 'ningxia', '--dry-run=yes'],
        /^选项 --dry-run 不带取值。The option --dry-run takes no value\.\n/,
      ],
    ] as const) {
      const result = run('import', [...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(said);
    }
  });
});
