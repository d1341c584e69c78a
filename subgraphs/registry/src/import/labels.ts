/**
 * The words regional teams read in their spreadsheets: Chinese column headers and Chinese labels of
 * the enum values, beside the English column names and the codes the API uses. An import accepts
 * any of them, in any mix; an export writes one language.
 */
export type Language = 'zh' | 'en';

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

/** Chinese and English labels of each enum a file may hold, by code. */
export const enumLabels: Record<string, Record<string, { zh: string; en: string }>> = {
  InstitutionKind: {
    GENERAL_HOSPITAL: { zh: '综合医院', en: 'General hospital' },
    SPECIALTY_HOSPITAL: { zh: '专科医院', en: 'Specialty hospital' },
    TCM_HOSPITAL: { zh: '中医医院', en: 'TCM hospital' },
    PRIMARY_CARE: { zh: '基层医疗卫生机构', en: 'Primary care' },
    PUBLIC_HEALTH: { zh: '公共卫生机构', en: 'Public health' },
    SOCIAL_WORK_AGENCY: { zh: '社会工作服务机构', en: 'Social work agency' },
    SOCIAL_WORK_STATION: { zh: '社会工作站', en: 'Social work station' },
    COUNTY_GUIDANCE_CENTRE: { zh: '县级社会工作指导中心', en: 'County guidance centre' },
    UNIVERSITY: { zh: '高校', en: 'University' },
    TRAINING_BASE: { zh: '培训基地', en: 'Training base' },
    GOVERNMENT_BODY: { zh: '政府部门', en: 'Government body' },
    FOUNDATION_OR_ASSOCIATION: { zh: '基金会或协会', en: 'Foundation or association' },
    SCHOOL: { zh: '学校', en: 'School' },
    COUNTY: { zh: '县（区）', en: 'County' },
    OTHER: { zh: '其他', en: 'Other' },
  },
  HospitalGrade: {
    TERTIARY: { zh: '三级', en: 'Tertiary' },
    SECONDARY: { zh: '二级', en: 'Secondary' },
    PRIMARY: { zh: '一级', en: 'Primary' },
    UNGRADED: { zh: '未定级', en: 'Ungraded' },
  },
  SocialWorkSetup: {
    DEPARTMENT: { zh: '设立社会工作部门', en: 'Department' },
    POSTS: { zh: '设置社会工作岗位', en: 'Posts' },
    NONE: { zh: '未设置', en: 'None' },
  },
  ServiceField: {
    ELDERLY: { zh: '老年人', en: 'Elderly' },
    CHILDREN: { zh: '儿童', en: 'Children' },
    WOMEN: { zh: '妇女', en: 'Women' },
    SCHOOL: { zh: '学校', en: 'School' },
    MEDICAL: { zh: '医务', en: 'Medical' },
    DISASTER: { zh: '灾害救援', en: 'Disaster relief' },
    PETITIONS: { zh: '信访', en: 'Petitions' },
    DRUG_REHABILITATION: { zh: '禁毒戒毒', en: 'Drug rehabilitation' },
    NEW_EMPLOYMENT_GROUPS: { zh: '新就业群体', en: 'New employment groups' },
    COMMUNITY_CORRECTION: { zh: '社区矫正', en: 'Community correction' },
    RURAL_REVITALISATION: { zh: '乡村振兴', en: 'Rural revitalisation' },
    RELOCATION_RESETTLEMENT: { zh: '征迁安置', en: 'Relocation and resettlement' },
  },
  CertificateLevel: {
    ASSISTANT: { zh: '助理社会工作师', en: 'Assistant social worker' },
    INTERMEDIATE: { zh: '社会工作师', en: 'Social worker' },
    SENIOR: { zh: '高级社会工作师', en: 'Senior social worker' },
    NONE: { zh: '无证书', en: 'None' },
  },
  Employment: {
    FULL_TIME: { zh: '全职', en: 'Full time' },
    PART_TIME: { zh: '兼职', en: 'Part time' },
    DISPATCHED: { zh: '派遣或购买服务', en: 'Dispatched' },
  },
  RecruitmentSource: {
    RECRUITMENT: { zh: '招聘', en: 'Recruitment' },
    INTERNAL_TRANSFER: { zh: '内部转岗', en: 'Internal transfer' },
    PURCHASED_SERVICE: { zh: '购买服务', en: 'Purchased service' },
  },
  SupervisorRank: {
    ASSISTANT_SUPERVISOR: { zh: '助理督导', en: 'Assistant supervisor' },
    SUPERVISOR: { zh: '督导', en: 'Supervisor' },
    SUPERVISOR_MENTOR: { zh: '督导导师', en: 'Supervisor mentor' },
  },
  ProgramKind: {
    DEMONSTRATION: { zh: '示范项目', en: 'Demonstration' },
    CULTIVATION: { zh: '培育项目', en: 'Cultivation' },
    RESIDENT_WORKER: { zh: '驻点', en: 'Resident worker' },
    DISPATCHED_WORKER: { zh: '选派', en: 'Dispatched worker' },
    GOVERNMENT_PURCHASED_SERVICE: { zh: '政府购买服务', en: 'Government-purchased service' },
    TALENT_SUPPORT_PLAN: { zh: '人才支持计划', en: 'Talent support plan' },
    TRAINING_BASE: { zh: '培训基地', en: 'Training base' },
    PILOT: { zh: '试点', en: 'Pilot' },
    TRAINING: { zh: '培训', en: 'Training' },
    SUBSIDY: { zh: '补贴', en: 'Subsidy' },
    OTHER: { zh: '其他', en: 'Other' },
  },
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
