/**
 * The words regional teams read in their spreadsheets: Chinese column headers and Chinese labels of
 * the enum values, beside the English column names and the codes the API uses. An import accepts
 * any of them, in any mix; an export writes one language.
 */
import { enumLabels, type Language } from '../../../../shared/enum-labels.js';
import {
  chineseFieldNames,
  chineseHeadersOfKind,
  formerChineseFieldNames,
} from '../field-labels.js';

/** The enum a column holds, where it holds one. */
export const enumOfColumn: Record<string, Record<string, string>> = {
  institutions: {
    kind: 'InstitutionKind',
    grade: 'HospitalGrade',
    socialWorkSetup: 'SocialWorkSetup',
    serviceFields: 'ServiceField',
    provenance: 'Provenance',
  },
  'social-workers': {
    certificateLevel: 'CertificateLevel',
    employment: 'Employment',
    recruitmentSource: 'RecruitmentSource',
    supervisorRank: 'SupervisorRank',
    serviceFields: 'ServiceField',
    provenance: 'Provenance',
  },
  programs: { kind: 'ProgramKind', serviceFields: 'ServiceField', provenance: 'Provenance' },
};

// Full-width and ASCII brackets and letters alike (所在乡镇(街道) is 所在乡镇（街道）); a line break
// a spreadsheet's wrapped header holds (Alt+Enter: 机构\n名称) is no space between Chinese words.
const folded = (text: string) =>
  text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .replace(/(?<=[\p{Script=Han}()]) | (?=[\p{Script=Han}()])/gu, '');

/** A column's header in a language. */
export function headerOf(kind: string, column: string, language: Language): string {
  if (language === 'en') return column;
  return chineseHeadersOfKind[kind]?.[column] ?? chineseFieldNames[column] ?? column;
}

/** The column a header names, in Chinese or English, in any case; null when it names none. */
export function columnOfHeader(kind: string, columns: string[], header: string): string | null {
  const wanted = folded(header);
  return (
    columns.find(
      (column) =>
        folded(column) === wanted ||
        folded(headerOf(kind, column, 'zh')) === wanted ||
        folded(chineseFieldNames[column] ?? column) === wanted ||
        (formerChineseFieldNames[column] ?? []).some((former) => folded(former) === wanted),
    ) ?? null
  );
}

/**
 * A hospital's grade as Chinese hospitals are named by it: 三级甲等 (三甲) is a tertiary hospital of
 * the first class. The registry keeps the level; the class (甲乙丙, 特等) is not one of its values.
 */
const gradeSpellings: Record<string, string[]> = Object.fromEntries(
  (
    [
      ['TERTIARY', '三'],
      ['SECONDARY', '二'],
      ['PRIMARY', '一'],
    ] as const
  ).map(([code, level]) => [
    code,
    ['甲', '乙', '丙', '特'].flatMap((grade) => [`${level}${grade}`, `${level}级${grade}等`]),
  ]),
);

/** Spellings of enum values beyond their code and labels, by enum. */
const moreSpellings: Record<string, Record<string, string[]>> = { HospitalGrade: gradeSpellings };

/** Each enum's codes by every way a file may spell them (code, Chinese or English label, any case). */
const codesBySpelling = new Map(
  Object.entries(enumLabels).map(([enumName, labels]) => [
    enumName,
    new Map(
      Object.entries(labels).flatMap(([code, label]) =>
        [code, label.zh, label.en, ...(moreSpellings[enumName]?.[code] ?? [])].map(
          (spelling) => [folded(spelling), code] as const,
        ),
      ),
    ),
  ]),
);

/** The code of an enum value given as its code, its Chinese label or its English label; the text itself when none matches (validation then names the allowed values). */
export function codeOfLabel(enumName: string, text: string): string {
  return codesBySpelling.get(enumName)?.get(folded(text)) ?? text.trim();
}

/**
 * A column of a team's own notes (备注, 说明, notes): not a field of any record, so not refused as a
 * misspelt one.
 */
export const isNotesHeader = (header: string) =>
  /^\s*(备注|说明|附注|注释|notes?|remarks?|comments?)\s*([(（].*[)）])?\s*$/i.test(header);
