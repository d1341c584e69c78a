import type { Catalog } from '../../../../shared/bilingual.js';

/**
 * The Chinese of zod's own words, which a field's schema says where it gives no message of its
 * own; the last entries of writeMessages (messages-zh.ts), after every message of the writes.
 */
export const zodMessages: Catalog = [
  [
    /^Too (small|big): expected number to be ([<>]=?)(\S+)$/,
    (_, bound, limit) =>
      `须${{ '>=': '不小于', '>': '大于', '<=': '不大于', '<': '小于' }[bound] ?? bound} ${limit}`,
  ],
  [
    /^Too (small|big): expected (string|array) to have ([<>]=?)(\d+) (?:characters|items)$/,
    (size, kind, _, limit) =>
      `${size === 'big' ? '最多' : '至少'} ${limit} ${kind === 'string' ? '个字符' : '项'}`,
  ],
  [
    /^Invalid option: expected one of (.*)$/,
    (options) => `须为以下之一：${options.replace(/"/g, '').split('|').join('、')}`,
  ],
];
