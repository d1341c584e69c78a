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
  // A correction of the latest move (transfer-corrections.ts).
  [
    new RegExp(`^${named} has never moved: there is no transfer to (withdraw|redate)$`),
    (worker, what) =>
      `${recordOf(worker)} 从未调动：没有可${what === 'withdraw' ? '撤回' : '更改日期'}的调动`,
  ],
  [
    new RegExp(
      `^cannot be withdrawn: the post it gives back, at ${named}, would run past its closing \\((\\S+)\\): `,
    ),
    (institution, day) =>
      `不能撤回：恢复的在${recordOf(institution)}的任职将延续到该机构关闭（${day}）之后；请先重新开放该机构，或先将此次调动的日期改为不晚于关闭日期，再将该社工的离职日期改为不晚于该日`,
  ],
  [
    new RegExp(
      `^cannot be withdrawn: the worker's last day \\(endedOn\\) is the closing day of ${named} \\((\\S+)\\), set by that closing: `,
    ),
    (institution, day) =>
      `不能撤回：该社工的离职日期即此次调入的${recordOf(institution)}的关闭日期（${day}），系该机构关闭时所设；请先重新开放该机构，以恢复该社工此前的离职日期`,
  ],
  [
    /^must be after the first day of the post the move ends \((\S+)\): that post would hold no day$/,
    (day) => `须晚于此次调动所结束任职的首日（${day}）：否则该任职一天也没有`,
  ],
  [
    new RegExp(
      `^must not be after (\\S+): the post the move ends, at ${named}, would run past its closing \\((\\S+)\\)$`,
    ),
    (limit, institution, day) =>
      `不能晚于 ${limit}：否则此次调动所结束的在${recordOf(institution)}的任职将延续到该机构关闭（${day}）之后`,
  ],
  // The import's 现任职首日 (import/posted-on.ts).
  [
    /^must be empty for a worker the import registers, who has not moved: /,
    () => '新登记的社工须留空：其尚未调动；调动请用 transferSocialWorker，并注明日期',
  ],
  [
    /^cannot be cleared by an import, which would withdraw the worker's latest move: /,
    () =>
      '不能通过导入清空，否则即撤回该社工最近一次调动：请用 withdrawTransfer 撤回，或按导出时的值填回',
  ],
  [
    /^must be given for a worker who has moved: its first post starts on it$/,
    () => '须填写：该社工调动过，其第一段任职自入职日期起算',
  ],
];
