import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { translate } from '../shared/bilingual.js';
import { regions } from '../subgraphs/regions.js';
import { writeTemplate } from '../subgraphs/registry/src/import/write-files.js';
import { placeAndCodeRules } from '../subgraphs/registry/src/writes/institution-input.js';
import { writeMessages } from '../subgraphs/registry/src/writes/messages-zh.js';

/**
 * An English page names a region's cities in English: the template's dictionary and the message
 * of a city not the region's. The value stays the Chinese name, which the import reads.
 */
const guangxi = regions.find((region) => region.slug === 'guangxi')!;

describe("a region's cities in English", () => {
  it("the English template's dictionary gives each city its English name beside the Chinese value", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'template-cities-'));
    try {
      const path = join(folder, 't.xlsx');
      await writeTemplate(path, 'institutions', 'en', guangxi);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const dictionary = workbook.getWorksheet('dictionary')!;
      const rows = (dictionary.getSheetValues() as unknown[][])
        .filter(Boolean)
        .map((row) => row.slice(1, 5));
      const cityHeader = (workbook.getWorksheet('data')!.getRow(1).values as string[]).find(
        (header) => /city/i.test(header),
      );
      const cities = rows.filter(([column]) => column === cityHeader);
      expect(cities.map(([, value]) => value)).toEqual(guangxi.cities);
      expect(cities[0]).toEqual([cityHeader, '南宁市', '', 'Nanning']);
      expect(cities.every(([, , , english]) => typeof english === 'string' && english !== '')).toBe(
        true,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("a city not the region's is told its cities in English, with the Chinese a team writes, and in Chinese", () => {
    const [problem] = placeAndCodeRules({ city: 'Nowhere' }, guangxi);
    expect(problem!.message).toMatch(
      /^"Nowhere" is not a prefecture-level division of Guangxi, whose are Nanning \(南宁市\), Liuzhou \(柳州市\), /,
    );
    expect(translate(writeMessages, problem!.message)).toMatch(
      /^“Nowhere”不是广西壮族自治区的地级行政区；广西壮族自治区的地级行政区为：南宁市、柳州市、.*市$/,
    );
  });
});
