import type { Catalog } from '../../../../shared/bilingual.js';
import { named, recordOf } from './record-names-zh.js';

/**
 * The Chinese of the messages about workers' posts: a closing and the posts it ends or meets
 * (closing-posts.ts), a worker's dates at a closed institution and a moved worker's (social-workers.ts). Part of
 * `writeMessages` (messages-zh.ts), before its general messages of dates.
 */

/** `social worker TJ-5 (2024-03-01), social worker TJ-6 (…)` as a Chinese list. */
const workersInChinese = (workers: string) =>
  workers
    .replaceAll('social worker ', '社工 ')
    .replace(/ \((\S+)\)/g, '（$1）')
    .replaceAll(', ', '、');

export const postMessages: Catalog = [
  [
    /^must not be before the first day of work of (.+?)(?: and (\d+) more)? at this institution: /,
    (workers, more) =>
      `不能早于${workersInChinese(workers)}${more ? `等（另有 ${more} 人）` : ''}在该机构的第一个工作日：请先调走这些社工，或更正其入职日期`,
  ],
  [
    new RegExp(`^must be given, and not after the closing of ${named} \\((\\S+)\\)$`),
    (institution, day) => `须填写，且不能晚于${recordOf(institution)}的关闭日期（${day}）`,
  ],
  [
    new RegExp(`^must not be after the closing of ${named} \\((\\S+)\\)$`),
    (institution, day) => `不能晚于${recordOf(institution)}的关闭日期（${day}）`,
  ],
  [
    /^must not be before the last day there of (.+?)(?: and (\d+) more)?, who worked at this institution before moving: /,
    (workers, more) =>
      `不能早于${workersInChinese(workers)}${more ? `等（另有 ${more} 人）` : ''}调离前在该机构任职的最后一日：否则这些社工在机构关闭之后仍计入该机构`,
  ],
  [
    /^must not be before the day the registry first knew of the worker \((\S+)\)$/,
    (day) => `不能早于登记库最早知悉之日（${day}）`,
  ],
  [
    /^must be given for a worker who has moved: its first post starts on it$/,
    () => '须填写：该社工调动过，其第一段任职自入职日期起算',
  ],
];
