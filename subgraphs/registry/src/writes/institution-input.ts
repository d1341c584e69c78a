import { z } from 'zod';
import type { InstitutionInput } from '../__generated__/schema-types.js';
import { isPartialDate, pastPartialDate, startDay } from '../dates.js';
import { enumValues, medicalKinds } from '../enums.js';
import { regions, type Region } from '../../../regions.js';
import { englishPlaceName } from '../place-names.js';
import { creditCodeProblem } from './credit-code.js';
import { inputOf, line, name, serviceFields } from './field-schemas.js';
import type { Problem } from './validation.js';

const institutionKinds: readonly string[] = enumValues('InstitutionKind');

export const institutionInput = inputOf<InstitutionInput>()({
  name: name(200),
  nameEn: name(200).nullish(),
  kind: z.enum(enumValues('InstitutionKind')),
  grade: z.enum(enumValues('HospitalGrade')).nullish(),
  creditCode: z
    .string()
    .transform((code) => code.trim().toUpperCase())
    .superRefine((code, ctx) => {
      const problem = creditCodeProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .nullish(),
  city: line(50).nullish(),
  county: line(50).nullish(),
  township: line(50).nullish(),
  socialWorkSetup: z.enum(enumValues('SocialWorkSetup')).nullish(),
  socialWorkSince: pastPartialDate.nullish(),
  foundedOn: pastPartialDate.nullish(),
  serviceFields: serviceFields.optional(),
});

/**
 * Why a city is not one of the region's prefecture-level divisions, or null: written short (南宁,
 * which is 南宁市), or not the region's at all. A region without its list takes any city.
 */
function cityProblem(
  city: string | null | undefined,
  region: Pick<Region, 'nameEn' | 'cities'>,
): string | null {
  if (typeof city !== 'string' || !region.cities || region.cities.includes(city.trim()))
    return null;
  const given = city.trim();
  const meant = region.cities.filter((known) => given.length >= 2 && known.startsWith(given));
  return meant.length === 1
    ? `"${given}" is not a prefecture-level division of ${region.nameEn} as written: write ${meant[0]}`
    : `"${given}" is not a prefecture-level division of ${region.nameEn}, whose are ${region.cities.map((known) => `${englishPlaceName(known) ?? known} (${known})`).join(', ')}`;
}

/** Every prefecture-level division the regions list, longest first, with the region it is of. */
const citiesOfRegions = regions
  .flatMap((r) => (r.cities ?? []).map((city) => ({ city, region: r })))
  .sort((a, b) => b.city.length - a.city.length);

/**
 * Why a county is written with a city before it, or null: 中卫市中宁县 would count as one county more
 * than 中宁县 where coverage counts distinct counties; 南宁市青秀区 in Tianjin is Guangxi's. The
 * county that follows is two characters at least (沙市区 is a district, not 沙市 and 区).
 */
function countyProblem(
  county: string | null | undefined,
  region: Pick<Region, 'code' | 'nameEn'>,
): string | null {
  if (typeof county !== 'string') return null;
  const given = county.trim();
  const prefix = citiesOfRegions.find(
    ({ city }) => given.startsWith(city) && given.length - city.length >= 2,
  );
  if (!prefix) return null;
  const rest = given.slice(prefix.city.length);
  return prefix.region.code === region.code
    ? `"${given}" writes its city before the county: write ${rest}, with ${prefix.city} as the city`
    : `"${given}" names ${prefix.city}, a city of ${prefix.region.nameEn}, not of ${region.nameEn}`;
}

/** Digits 3–4 of a credit code registered by a central body (the Ministry of Civil Affairs, 53100000…), valid in any region. */
const CENTRAL_REGISTRATION = '10';

/**
 * Rules over several fields, checked on the record as it will be after the write in `region`: a
 * grade only for medical institutions, a founding and a start of social work not after a closing,
 * and the rules of the place and the credit code (placeAndCodeRules).
 */
export function institutionRules(
  record: {
    kind: string;
    grade?: string | null;
    creditCode?: string | null;
    city?: string | null;
    county?: string | null;
    foundedOn?: string | null;
    socialWorkSince?: string | null;
    closedOn?: string | null;
  },
  region: Pick<Region, 'code' | 'nameEn' | 'provinceCode' | 'cities'>,
): Problem[] {
  const problems = [...placeAndCodeRules(record, region), ...openedBeforeClosing(record)];
  // A kind that is not one is reported by the schema; the grade is then not judged by it.
  if (
    record.grade &&
    institutionKinds.includes(record.kind) &&
    !medicalKinds.includes(record.kind)
  ) {
    problems.push({
      path: 'grade',
      message: `a hospital grade applies only to medical institutions, not to ${record.kind}`,
    });
  }
  return problems;
}

/**
 * A closed institution's founding and start of social work are on or before its closing, as
 * closeInstitution holds them the other way round: an update (or an import's row) that moved one
 * past it would leave a record counted from a day after it stopped counting. A partial date is
 * judged by its first day: founded "2020" may close in January 2020.
 */
function openedBeforeClosing(record: {
  foundedOn?: string | null;
  socialWorkSince?: string | null;
  closedOn?: string | null;
}): Problem[] {
  const { closedOn } = record;
  if (!closedOn) return [];
  return (['foundedOn', 'socialWorkSince'] as const)
    .filter((field) => {
      const opened = record[field];
      return typeof opened === 'string' && isPartialDate(opened) && startDay(opened) > closedOn;
    })
    .map((field) => ({ path: field, message: `must not be after closedOn (${closedOn})` }));
}

/**
 * The rules each field given judges alone, without the rest of the record: so that an update
 * reports them with its fields' own problems, at once. A city and a county of the region's; a
 * credit code whose administrative division (digits 3–8) lies in the region's province, so that
 * no code can be registered in two regions.
 */
export function placeAndCodeRules(
  record: { creditCode?: string | null; city?: string | null; county?: string | null },
  region: Pick<Region, 'code' | 'nameEn' | 'provinceCode' | 'cities'>,
): Problem[] {
  const problems: Problem[] = [];
  const city = cityProblem(record.city, region);
  if (city) problems.push({ path: 'city', message: city });
  const county = countyProblem(record.county, region);
  if (county) problems.push({ path: 'county', message: county });
  const province =
    typeof record.creditCode === 'string' ? record.creditCode.trim().slice(2, 4) : null;
  if (
    province &&
    /^\d\d$/.test(province) &&
    province !== region.provinceCode &&
    province !== CENTRAL_REGISTRATION
  ) {
    problems.push({
      path: 'creditCode',
      message: `registers its holder in the administrative division ${record.creditCode!.trim().slice(2, 8)}, outside ${region.nameEn} (whose codes carry ${region.provinceCode}): it belongs to that province's registry`,
    });
  }
  return problems;
}
