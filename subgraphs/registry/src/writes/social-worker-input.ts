import { z } from 'zod';
import type { SocialWorkerInput } from '../__generated__/schema-types.js';
import { enumValues } from '../enums.js';
import { closingDate, fullDate, id, inputOf, name, serviceFields } from './field-schemas.js';
import type { Problem } from './validation.js';

export const socialWorkerInput = inputOf<SocialWorkerInput>()({
  name: name(100),
  // Every worker has a level, NONE (无证书) for one without a certificate: cleared, it is said so.
  certificateLevel: z
    .enum(enumValues('CertificateLevel'), {
      error: (issue) =>
        issue.input === null
          ? 'cannot be cleared: a worker without a certificate is NONE (无证书)'
          : undefined,
    })
    .optional(),
  certificateNumber: z
    .string()
    .transform((n) => n.trim().toUpperCase())
    .pipe(
      z.string().regex(/^[A-Z0-9-]{6,40}$/, 'must be 6 to 40 capital letters, digits or hyphens'),
    )
    .nullish(),
  // The day the first certificate was held: a day that has come, as a closing's is.
  certifiedSince: closingDate.nullish(),
  institutionId: id.nullish(),
  programId: id.nullish(),
  employment: z.enum(enumValues('Employment')).nullish(),
  recruitmentSource: z.enum(enumValues('RecruitmentSource')).nullish(),
  serviceFields: serviceFields.optional(),
  supervisorRank: z.enum(enumValues('SupervisorRank')).nullish(),
  startedOn: fullDate.nullish(),
  endedOn: fullDate.nullish(),
});

export function socialWorkerRules(
  record: {
    certificateLevel?: string | null;
    certificateNumber?: string | null;
    certifiedSince?: string | null;
    startedOn?: string | null;
    endedOn?: string | null;
  },
  { numberRequired = true }: { numberRequired?: boolean } = {},
): Problem[] {
  const problems: Problem[] = [];
  // A certificate has a number: it is how the import matches a certified worker's row, which
  // without it would be matched by name and start day like one without a certificate.
  if (
    numberRequired &&
    record.certificateLevel &&
    record.certificateLevel !== 'NONE' &&
    !record.certificateNumber
  )
    problems.push({ path: 'certificateNumber', message: 'is required for a certified worker' });
  if (
    record.certificateNumber &&
    (!record.certificateLevel || record.certificateLevel === 'NONE')
  ) {
    problems.push({
      path: 'certificateNumber',
      message: 'a certificate number needs a certificate level other than NONE',
    });
  }
  // A worker counts as certified from the day (AddCertificationDates): one without a certificate has
  // none, as the database's check says (social_worker_certified_since_with_level).
  if (record.certifiedSince && (!record.certificateLevel || record.certificateLevel === 'NONE')) {
    problems.push({
      path: 'certifiedSince',
      message: 'a certificate date (certifiedSince) needs a certificate level other than NONE',
    });
  }
  if (record.startedOn && record.endedOn && record.endedOn < record.startedOn) {
    problems.push({
      path: 'endedOn',
      message: `must not be before startedOn (${record.startedOn})`,
    });
  }
  return problems;
}
