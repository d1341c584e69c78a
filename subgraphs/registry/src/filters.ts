import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Institution } from './entities/Institution.js';
import type { Program } from './entities/Program.js';
import type { SocialWorker } from './entities/SocialWorker.js';
import { badUserInput } from '../../common/bad-user-input.js';
import { localId } from './global-ids.js';
import type { Region } from '../../regions.js';

/** The filters' input types are the SDL's. */
import type {
  InstitutionFilter,
  ProgramFilter,
  SocialWorkerFilter,
} from './__generated__/schema-types.js';

/** `%`, `_` and `\` in a user's text match themselves, not any character. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function numericId(value: string, field: string, region: Region): string {
  const id = localId(region, value);
  if (!id)
    throw badUserInput(field, {
      zh: `“${value}”不是本登记库的记录编号；本库的编号形如 ${region.code}-5。`,
      en: `"${value}" is not an id of this registry; its ids look like ${region.code}-5`,
    });
  return id;
}

/** The conditions every list shares: service field, provenance and part of the name. */
function filterCommon<T extends ObjectLiteral>(
  q: SelectQueryBuilder<T>,
  f: { serviceField?: string | null; provenance?: string | null; nameContains?: string | null },
) {
  const a = q.alias;
  if (f.serviceField)
    q.andWhere(`${a}.service_fields @> ARRAY[:field]::text[]`, { field: f.serviceField });
  if (f.provenance) q.andWhere(`${a}.provenance = :provenance`, { provenance: f.provenance });
  if (f.nameContains)
    q.andWhere(`${a}.name ILIKE :name`, { name: containsPattern(f.nameContains) });
  return q;
}

export function filterInstitutions(q: SelectQueryBuilder<Institution>, f: InstitutionFilter = {}) {
  const a = q.alias;
  if (f.kind?.length) q.andWhere(`${a}.kind IN (:...kinds)`, { kinds: f.kind });
  if (f.grade?.length) q.andWhere(`${a}.grade IN (:...grades)`, { grades: f.grade });
  if (f.city) q.andWhere(`${a}.city = :city`, { city: f.city });
  if (f.county) q.andWhere(`${a}.county = :county`, { county: f.county });
  if (f.cityContains)
    q.andWhere(`${a}.city ILIKE :cityPart`, { cityPart: containsPattern(f.cityContains) });
  if (f.creditCode)
    q.andWhere(`${a}.credit_code = :creditCode`, {
      creditCode: f.creditCode.trim().toUpperCase(),
    });
  if (f.status) q.andWhere(`${a}.status = :status`, { status: f.status });
  return filterCommon(q, f);
}

export function filterSocialWorkers(
  q: SelectQueryBuilder<SocialWorker>,
  f: SocialWorkerFilter,
  region: Region,
) {
  const a = q.alias;
  if (f.certificateLevel?.length)
    q.andWhere(`${a}.certificate_level IN (:...levels)`, { levels: f.certificateLevel });
  if (f.employment?.length)
    q.andWhere(`${a}.employment IN (:...employment)`, { employment: f.employment });
  if (f.institutionId) {
    q.andWhere(`${a}.institution_id = :institutionId`, {
      institutionId: numericId(f.institutionId, 'filter.institutionId', region),
    });
  }
  if (f.city || f.county) {
    const where = [f.city ? 'i.city = :city' : null, f.county ? 'i.county = :county' : null]
      .filter(Boolean)
      .join(' AND ');
    q.andWhere(`${a}.institution_id IN (SELECT i.id FROM institution i WHERE ${where})`, {
      city: f.city,
      county: f.county,
    });
  }
  return filterCommon(q, f);
}

export function filterPrograms(q: SelectQueryBuilder<Program>, f: ProgramFilter, region: Region) {
  const a = q.alias;
  if (f.kind?.length) q.andWhere(`${a}.kind IN (:...kinds)`, { kinds: f.kind });
  if (f.year != null) q.andWhere(`${a}.year = :year`, { year: f.year });
  if (f.hostInstitutionId) {
    q.andWhere(`${a}.host_institution_id = :host`, {
      host: numericId(f.hostInstitutionId, 'filter.hostInstitutionId', region),
    });
  }
  return filterCommon(q, f);
}
