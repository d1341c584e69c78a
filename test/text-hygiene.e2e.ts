import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { creditCodeCheckCharacter } from '../subgraphs/registry/src/writes/credit-code.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { bearer, graphql, useRegistryDatabase } from './harness.js';

/** The characters the third reliability round found accepted, each refused in the API and the import. */
const opened = useRegistryDatabase('text_hygiene');
const tianjin = regionBySlug('tianjin');
let subgraph: Listening;
let stop: () => Promise<void>;
beforeAll(async () => {
  const created = await createRegistrySubgraph(tianjin, opened.dataSource);
  subgraph = await listen(created.app, 0);
  stop = created.stop;
});
afterAll(async () => {
  await subgraph?.close();
  await stop?.();
});

const first17 = '52120000MJ0000026';
const creditCode = first17 + creditCodeCheckCharacter(first17);
const institutions = async () =>
  (await opened.dataSource.query('SELECT count(*)::int AS n FROM institution'))[0].n as number;

const names: [string, string, string][] = [
  ['a left-to-right mark', '天津市\u200E社工站', 'U+200E'],
  ['a right-to-left mark', '天津市\u200F社工站', 'U+200F'],
  ['an Arabic letter mark', '天津市\u061C社工站', 'U+061C'],
  ['a C1 next-line control', '天津市\u0085社工站', 'U+0085'],
  ['a C1 escape (CSI)', '天津市\u009B31m社工站', 'U+009B'],
  ['tag characters', '天津市\u{E0041}\u{E0042}社工站', 'U+E0041'],
  ['a soft hyphen', '天津\u00AD市社工站', 'U+00AD'],
  ['a combining grapheme joiner', '天津市\u034F社工站', 'U+034F'],
  ['an invisible times', '天津市\u2062社工站', 'U+2062'],
  ['a Mongolian vowel separator', '天津市\u180E社工站', 'U+180E'],
  ['a line separator', '天津市\u2028社工站', 'U+2028'],
  ['Hangul fillers only', '\u3164\u3164\u3164', 'U+3164'],
  ['braille blanks only', '\u2800\u2800', 'U+2800'],
  ['a lone surrogate', '天津市\uD800社工站', 'U+D800'],
  ['a replacement character', '天津市\uFFFD社工站', 'U+FFFD'],
];

describe('text hygiene, in the API and the import alike', () => {
  it.each(names)('refuses a name with %s through the API, naming it', async (_, name, code) => {
    const before = await institutions();
    const response = await graphql(
      subgraph.url,
      `
        mutation ($input: InstitutionInput!) {
          tianjin {
            createInstitution(input: $input) {
              id
            }
          }
        }
      `,
      { input: { name, kind: 'SOCIAL_WORK_AGENCY', city: '天津市' } },
      await bearer({ role: 'editor', region: 'TJ' }),
    );
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
    });
    expect(response.errors![0]!.message).toContain(code);
    expect(await institutions()).toBe(before);
  });

  it.each(names.filter(([, name]) => !name.includes('\uFFFD') && !/[\uD800-\uDFFF]/.test(name)))(
    'refuses a name with %s in an import, naming it',
    async (_, name, code) => {
      const report = await importFile(
        opened.dataSource,
        `name,kind,city,creditCode\n"${name}",SOCIAL_WORK_AGENCY,天津市,${creditCode}\n`,
        { kind: 'institutions', region: tianjin, actor: 'test' },
      );
      expect(report.written).toBe(false);
      expect(report.problems).toContainEqual(
        expect.objectContaining({
          line: 2,
          column: 'name',
          message: expect.stringContaining(code),
        }),
      );
      expect(report.problems.map((problem) => problem.column)).not.toContain('creditCode');
    },
  );

  it('refuses a tab in a name cell of an import and a line break in its township, naming each, in Chinese too', async () => {
    const report = await importFile(
      opened.dataSource,
      `机构名称,机构类型,所在城市,所在乡镇（街道）,统一社会信用代码\n演示\t社工站,社会工作服务机构,天津市,"某某\n街道",${creditCode}\n`,
      { kind: 'institutions', region: tianjin, actor: 'test' },
    );
    expect(report.written).toBe(false);
    expect(
      report.problems.map(({ column, message }) => [column, message, inChinese(message)]),
    ).toEqual([
      [
        '机构名称',
        'holds U+0009, a tab: the field is one line; write a space instead',
        '含 U+0009，一个制表符：此项只能写在一行内，请改为空格',
      ],
      [
        '所在乡镇（街道）',
        'holds U+000A, a line break: the field is one line; join its lines',
        '含 U+000A，一个换行符：此项只能写在一行内，请把各行连起来',
      ],
    ]);
  });

  it.each([
    ['an escape and a bell', 'https://example.org/\u001b]0;x\u0007', 'U+001B'],
    ['a right-to-left override', 'https://example.org/\u202Eevil', 'U+202E'],
    ['a line separator', 'https://example.org/a\u2028b', 'U+2028'],
  ])("refuses a source's address with %s, naming it, as every other text", async (_, url, code) => {
    const figures = async () =>
      (await opened.dataSource.query('SELECT count(*)::int AS n FROM figure'))[0].n as number;
    const before = await figures();
    const response = await graphql(
      subgraph.url,
      `
        mutation ($url: String!) {
          tianjin {
            recordFigure(
              input: {
                indicator: "SOCIAL_WORK_STATIONS"
                value: 1
                asOf: "2024"
                quote: "1个"
                source: { title: "来源", url: $url }
              }
            ) {
              id
            }
          }
        }
      `,
      { url },
      await bearer({ role: 'editor', region: 'TJ' }),
    );
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.source.url' },
    });
    expect(response.errors![0]!.message).toContain(code);
    expect(await figures()).toBe(before);
  });

  it('refuses a name of punctuation only, and takes one with a letter', async () => {
    const editor = await bearer({ role: 'editor', region: 'TJ' });
    const create = (name: string) =>
      graphql(
        subgraph.url,
        `
          mutation ($input: InstitutionInput!) {
            tianjin {
              createInstitution(input: $input) {
                name
              }
            }
          }
        `,
        { input: { name, kind: 'SOCIAL_WORK_AGENCY', city: '天津市' } },
        editor,
      );
    const refused = await create('（——）');
    expect(refused.errors?.[0]?.message).toMatch(/at least one letter or Chinese character/);
    const taken = await create('第1社工站');
    expect(taken.errors).toBeUndefined();
  });
});
