import type { Catalog } from '../../../../shared/bilingual.js';

/**
 * The Chinese of the messages about an institution's history: a dated change and a dated reopening
 * (institution-history.ts). Part of `writeMessages` (messages-zh.ts), before its general messages
 * of dates.
 */
export const institutionHistoryMessages: Catalog = [
  // The import's advice (import/current-since.ts), before the API's of the same days.
  [
    /^must be after currentSince \((\S+)\), the day its current attributes took effect: .*: keep the cell as exported$/,
    (day) =>
      `须晚于当前时期的开始日期（${day}）：该日及之前的修改是对当前时期的更正，请保留导出时的当前时期开始日期`,
  ],
  [
    /^must be after the first day the institution counts \((\S+)\): .*: keep the cell as exported$/,
    (day) =>
      `须晚于该机构开始计入之日（${day}）：该日及之前的修改是更正，请保留导出时的当前时期开始日期（导出时为空则留空）`,
  ],
  [
    /^must be after currentSince \((\S+)\), the day its current attributes took effect: /,
    (day) =>
      `须晚于当前时期的开始日期（${day}）：该日及之前的修改是对当前时期的更正，请不给生效日期`,
  ],
  [
    /^must be after the first day the institution counts \((\S+)\): /,
    (day) => `须晚于该机构开始计入之日（${day}）：该日及之前的修改是更正，请不给生效日期`,
  ],
  [
    /^dates a change of .+, and the input changes none of them$/,
    () =>
      '只用于类型、等级、所在地市、区县、社会工作设置、社会工作开始时间或服务领域的修改，本次未修改其中任何一项',
  ],
  [
    /^must not be before effectiveOn \((\S+)\), the day the setup is taken up$/,
    (day) => `不能早于生效日期（${day}），即设立社会工作之日`,
  ],
  [
    /^must be after closedOn \((\S+)\): to withdraw a closing made by mistake, give no reopenedOn$/,
    (day) => `须晚于关闭日期（${day}）：如要撤销误作的关闭，请不给重新开放日期`,
  ],
  [
    /^must not be after the last day of its first period \((\S+)\)$/,
    (day) => `不能晚于其第一个时期的最后一日（${day}）`,
  ],
  [
    /^must be given, and not after the last day of its first period \((\S+)\): without it the institution counts from (\S+)$/,
    (end, day) =>
      `须填写，且不能晚于其第一个时期的最后一日（${end}）：不填则该机构自 ${day} 起才计入`,
  ],
  [
    /^must not fall while institution (\S+) was closed, after its closing \((\S+)\) and before its reopening \((\S+)\)$/,
    (id, closed, reopened) =>
      `不能落在机构 ${id} 停业期间，即关闭日期（${closed}）之后、重新开放日期（${reopened}）之前`,
  ],
  // The import's 当前时期开始日期 (import/current-since.ts).
  [
    /^must be empty for an institution the import registers, whose current period is its first: /,
    () =>
      '新登记的机构须留空：其当前时期即第一个时期；有日期的变更请在登记后用 updateInstitution 并注明生效日期（effectiveOn）',
  ],
  [
    /^cannot be cleared by an import, which would withdraw the institution's latest dated change or reopening: /,
    () =>
      '不能通过导入清空，否则即撤回该机构最近一次有日期的变更或重新开放：请用 withdrawInstitutionChange 撤回，或按导出时的值填回',
  ],
  [
    /^institution (\S+) has no dated change or reopening to withdraw$/,
    (id) => `机构 ${id} 没有可撤回的有日期的变更或重新开放`,
  ],
  [
    /^cannot withdraw its reopening while it is closed again \((\S+)\): /,
    (day) =>
      `该机构重新开放后已再次关闭（${day}），不能撤回其重新开放：请先撤销那次关闭（reopenInstitution，不给 reopenedOn）`,
  ],
  [
    /^cannot withdraw its reopening: social worker (\S+) started there on (\S+), after its closing \((\S+)\): /,
    (worker, day, closing) =>
      `不能撤回其重新开放：社工 ${worker} 于 ${day} 到该机构工作，晚于其关闭日期（${closing}）：请先调走该社工或更正其日期`,
  ],
];
