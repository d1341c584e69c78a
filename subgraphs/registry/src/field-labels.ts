/**
 * The Chinese words for the records' fields and enum values, read wherever a person reads them: a
 * write's messages (writes/messages-zh.ts), and the spreadsheets that export and import records
 * (import/labels.ts).
 */
import { enumLabels, type Language } from '../../../shared/enum-labels.js';

/**
 * The Chinese name of each field of the records, the same in every kind (a spreadsheet's column
 * header; kinds that name one differently are in import/labels.ts).
 */
export const chineseFieldNames: Record<string, string> = {
  id: '记录编号',
  version: '版本',
  name: '名称',
  nameEn: '英文名称',
  kind: '类型',
  grade: '医院等级',
  creditCode: '统一社会信用代码',
  city: '所在城市',
  county: '所在区县',
  township: '所在乡镇（街道）',
  socialWorkSetup: '社会工作设置',
  socialWorkSince: '开展社会工作时间',
  foundedOn: '成立时间',
  serviceFields: '服务领域',
  certificateLevel: '证书等级',
  certificateNumber: '证书编号',
  certifiedSince: '证书取得日期',
  institutionCreditCode: '所在机构（统一社会信用代码或记录编号）',
  employment: '用工方式',
  recruitmentSource: '招聘来源',
  supervisorRank: '督导级别',
  startedOn: '入职日期',
  endedOn: '离职日期',
  // The programme that placed a worker, as programId is named, by what the cell may give.
  programKey: '所属项目（项目编号或记录编号）',
  key: '项目编号',
  hostCreditCode: '承接机构（统一社会信用代码或记录编号）',
  // The scheme a programme belongs to, by the record id the export's first column gives it.
  parent: '所属计划（记录编号）',
  year: '年度',
  batch: '批次',
  fundingYuan: '资金（元）',
  periodStart: '开始时间',
  periodEnd: '结束时间',
  individualCases: '个案服务人次',
  groupSessions: '小组活动次数',
  communityServices: '社区活动场次',
  groupServicePersonTimes: '小组服务人次',
  communityServicePersonTimes: '社区服务人次',
  // Person-times, the unit of the BENEFICIARIES indicator they add up to, not a number of people.
  beneficiaries: '受益人次',
  // Fields of the records the API alone writes (figures, targets, their sources and policies), of
  // the lists' filters and of the mutations' arguments.
  indicator: '指标',
  value: '数值',
  unit: '单位',
  asOf: '截至日期',
  scope: '统计口径说明',
  qualifier: '修饰词',
  qualifierWord: '修饰词原文',
  roundedTo: '取整位数',
  scopeProgramId: '所计项目',
  scopeInstitutionId: '所计机构',
  scopeKinds: '所计机构类型',
  baselineValue: '基期值',
  baselineYear: '基期年份',
  changePercent: '变化百分比',
  breakdown: '分项',
  dimension: '分项维度',
  source: '来源',
  quote: '原文',
  note: '注释',
  title: '标题',
  titleConstructed: '标题系据正文拟定',
  titleEn: '英文标题',
  publisher: '发布方',
  publishedOn: '发布日期',
  publishedOnInferred: '发布日期系推定',
  publisherInferred: '发布方系推定',
  url: '网址',
  document: '文件',
  targetValue: '目标值',
  targetYear: '目标年份',
  description: '说明',
  milestones: '阶段目标',
  policy: '政策文件',
  issuers: '印发机关',
  issuersEn: '印发机关英文名称',
  issuerCount: '印发机关数',
  titleCitedIn: '标题出处',
  issuedOn: '印发日期',
  issuedOnInferred: '印发日期系推定',
  hostInstitutionId: '承接机构',
  institutionId: '所在机构',
  programId: '所属项目',
  nameContains: '名称包含',
  cityContains: '所在城市包含',
  serviceField: '服务领域',
  status: '状态',
  provenance: '数据来源类别',
  closedOn: '关闭日期',
  // An institution's history (institution-history.ts).
  currentSince: '当前时期开始日期',
  effectiveOn: '生效日期',
  reopenedOn: '重新开放日期',
  // A transfer's day, and the first day of the post it began (transfers.ts).
  on: '调动日期',
  postedOn: '现任职首日',
  firstPostUntil: '第一段任职的最后一日',
  reason: '原因',
  idempotencyKey: '幂等键',
};

/**
 * The names that differ by kind of record (an import's kind: `institutions`), in its spreadsheets'
 * headers and its mutations' messages: an institution's name is 机构名称, a worker's 姓名.
 */
export const chineseHeadersOfKind: Record<string, Record<string, string>> = {
  institutions: { name: '机构名称', kind: '机构类型' },
  'social-workers': { name: '姓名' },
  programs: { name: '项目名称', kind: '项目类型' },
};

/**
 * A figure's fields, in the words its corrections' reasons say them in: the records' words, but
 * where one field name means two things (a figure's period starts at its 统计起点, a programme's at
 * its 开始时间; a figure's kind is 数字类别, an institution's 类型).
 */
export const figureFieldNames: Record<string, string> = {
  ...chineseFieldNames,
  periodStart: '统计起点',
  kind: '数字类别',
  scopeProgram: '所计项目',
  scopeInstitution: '所计机构',
  asOfInferred: '日期系推定',
  periodStartInferred: '统计起点系推定',
  baselineYearInferred: '基期年份系推定',
};

/**
 * Headers that earlier exports wrote, still read by an import, so that a file exported before a
 * header was renamed comes back in.
 */
export const formerChineseFieldNames: Record<string, string[]> = {
  beneficiaries: ['受益人数'],
  institutionCreditCode: ['所在机构统一社会信用代码'],
  hostCreditCode: ['承接机构统一社会信用代码'],
};

/** An enum code in a language: its Chinese label, or the code itself in English. */
export function labelOfCode(enumName: string, code: string, language: Language): string {
  return language === 'zh' ? (enumLabels[enumName]?.[code]?.zh ?? code) : code;
}
