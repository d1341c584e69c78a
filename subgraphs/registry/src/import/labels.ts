/**
 * The words regional teams read in their spreadsheets: Chinese column headers and Chinese labels of
 * the enum values, beside the English column names and the codes the API uses. An import accepts
 * any of them, in any mix; an export writes one language.
 */
import { enumLabels, type Language } from '../../../../shared/enum-labels.js';

/** Chinese headers of the columns of every kind (a column has one meaning in every kind). */
export const chineseHeaders: Record<string, string> = {
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
  institutionCreditCode: '所在机构统一社会信用代码',
  employment: '用工方式',
  recruitmentSource: '招聘来源',
  supervisorRank: '督导级别',
  startedOn: '入职日期',
  endedOn: '离职日期',
  key: '项目编号',
  hostCreditCode: '承接机构统一社会信用代码',
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
  beneficiaries: '受益人数',
};

/** Headers that differ by kind: an institution's name is 机构名称, a worker's 姓名. */
export const chineseHeadersOfKind: Record<string, Record<string, string>> = {
  institutions: { name: '机构名称', kind: '机构类型' },
  'social-workers': { name: '姓名' },
  programs: { name: '项目名称', kind: '项目类型' },
};

/** The enum a column holds, where it holds one. */
export const enumOfColumn: Record<string, Record<string, string>> = {
  institutions: {
    kind: 'InstitutionKind',
    grade: 'HospitalGrade',
    socialWorkSetup: 'SocialWorkSetup',
    serviceFields: 'ServiceField',
  },
  'social-workers': {
    certificateLevel: 'CertificateLevel',
    employment: 'Employment',
    recruitmentSource: 'RecruitmentSource',
    supervisorRank: 'SupervisorRank',
    serviceFields: 'ServiceField',
  },
  programs: { kind: 'ProgramKind', serviceFields: 'ServiceField' },
};

const folded = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** A column's header in a language. */
export function headerOf(kind: string, column: string, language: Language): string {
  if (language === 'en') return column;
  return chineseHeadersOfKind[kind]?.[column] ?? chineseHeaders[column] ?? column;
}

/** The column a header names, in Chinese or English, in any case; null when it names none. */
export function columnOfHeader(kind: string, columns: string[], header: string): string | null {
  const wanted = folded(header);
  return (
    columns.find(
      (column) =>
        folded(column) === wanted ||
        folded(headerOf(kind, column, 'zh')) === wanted ||
        folded(chineseHeaders[column] ?? column) === wanted,
    ) ?? null
  );
}

/** Each enum's codes by every way a file may spell them (code, Chinese or English label, any case). */
const codesBySpelling = new Map(
  Object.entries(enumLabels).map(([enumName, labels]) => [
    enumName,
    new Map(
      Object.entries(labels).flatMap(([code, label]) =>
        [code, label.zh, label.en].map((spelling) => [folded(spelling), code] as const),
      ),
    ),
  ]),
);

/** The code of an enum value given as its code, its Chinese label or its English label; the text itself when none matches (validation then names the allowed values). */
export function codeOfLabel(enumName: string, text: string): string {
  return codesBySpelling.get(enumName)?.get(folded(text)) ?? text.trim();
}

/** An enum code in a language: its Chinese label, or the code itself in English. */
export function labelOfCode(enumName: string, code: string, language: Language): string {
  return language === 'zh' ? (enumLabels[enumName]?.[code]?.zh ?? code) : code;
}
