import type { Catalog } from '../../../../shared/bilingual.js';
import { regions } from '../../../regions.js';

/** A region named in English by a write's message (`Guangxi`), in Chinese (`广西壮族自治区`). */
export const regionName = (nameEn: string) =>
  regions.find((r) => r.nameEn === nameEn)?.nameZh ?? nameEn;

/** The Chinese of the credit-code checks' messages (credit-code.ts), part of `writeMessages`. */
export const creditCodeMessages: Catalog = [
  [/^must be 18 characters, not (\d+)$/, (length) => `须为 18 个字符，现为 ${length} 个`],
  [
    /^must be an 18-character credit code, or the id of an institution such as (\S+)$/,
    (example) => `须为 18 位统一社会信用代码，或机构的记录编号（如 ${example}）`,
  ],
  [
    /^contains "(.)": only digits and the capitals (\S+) are used$/,
    (character, capitals) => `含“${character}”：只使用数字和大写字母 ${capitals}`,
  ],
  [
    /^check character is "(.)" but the first 17 characters give "(.)"/,
    (given, expected) => `校验位为“${given}”，而前 17 位算得“${expected}”：有字符输错`,
  ],
  [
    /^registers its holder in the administrative division (\d+), outside (.+) \(whose codes carry (\d+)\)/,
    (division, region, province) =>
      `其持有者登记在行政区划 ${division}，不在${regionName(region)}（代码第 3–4 位为 ${province}）：应由该省份的登记库登记`,
  ],
];
