/**
 * The registry's enum values as a reader says them, in Chinese and English: the dashboard, the
 * report and the spreadsheets regional teams edit all read them here, so that a value reads the same
 * on the page, on paper and in a workbook. Plain data: the dashboard's browser bundle imports it too.
 */
export type Language = 'zh' | 'en';

export interface Label {
  zh: string;
  en: string;
}

/** Chinese and English labels of each enum, by code. */
export const enumLabels: Record<string, Record<string, Label>> = {
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
  ProgramRole: {
    PROJECT: { zh: '服务项目', en: 'Service project' },
    SCHEME: { zh: '项目统称', en: 'Scheme of projects' },
    SUPPORT: { zh: '支撑（方案、手册、基地等）', en: 'Support (plan, manual, base)' },
  },
  Qualifier: {
    AT_LEAST: { zh: '不少于', en: 'at least' },
    ODD: { zh: '余', en: '-odd' },
    MORE_THAN: { zh: '超过', en: 'more than' },
    NEARLY: { zh: '近', en: 'nearly' },
    ABOUT: { zh: '约', en: 'about' },
    APPROXIMATELY: { zh: '约', en: 'about' },
  },
  Provenance: {
    PUBLISHED: { zh: '已公布', en: 'Published' },
    REGISTERED: { zh: '登记', en: 'Registered' },
    DEMO: { zh: '演示', en: 'Demo' },
  },
  TargetQualifier: {
    BASICALLY: { zh: '基本实现', en: 'basically' },
  },
};

/** The enum a breakdown's dimension takes its values from, where they are codes. */
export const enumOfDimension: Record<string, string> = {
  INSTITUTION_KIND: 'InstitutionKind',
  HOSPITAL_GRADE: 'HospitalGrade',
  SERVICE_FIELD: 'ServiceField',
  CERTIFICATE_LEVEL: 'CertificateLevel',
  PROGRAM_KIND: 'ProgramKind',
  PROVENANCE: 'Provenance',
};

/**
 * Values of the breakdowns the documents publish by, which the registry has no dimension for (a
 * figure's `breakdown`: Ningxia's counties by group).
 */
export const documentValueLabels: Record<string, Label> = {
  NATIONAL_KEY_ASSISTANCE: {
    zh: '国家乡村振兴重点帮扶县（区）',
    en: 'National key counties for rural revitalisation assistance',
  },
};

/**
 * Each value's label where the enum is not known (a breakdown's value, a qualifier). A code two
 * enums label differently (NONE: 未设置 as a setup, 无证书 as a certificate) has none here.
 */
const labelOfValue = new Map<string, Label | null>(Object.entries(documentValueLabels));
for (const labels of Object.values(enumLabels))
  for (const [code, label] of Object.entries(labels)) {
    const known = labelOfValue.get(code);
    if (known === undefined) labelOfValue.set(code, label);
    else if (known && (known.zh !== label.zh || known.en !== label.en))
      labelOfValue.set(code, null);
  }

/**
 * An enum value in the reader's language; null is a dash. A value missing here (one added to the
 * schema later) shows as its code, which the dashboard's browser test catches on the Chinese page.
 */
export function enumLabel(value: string | null | undefined, language: Language): string {
  if (value == null) return '—';
  return labelOfValue.get(value)?.[language] ?? value;
}
