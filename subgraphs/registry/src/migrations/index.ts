import { CreateRegistry1763800000000 } from './1763800000000-CreateRegistry.js';
import { CreateMeasureSnapshot1763900000000 } from './1763900000000-CreateMeasureSnapshot.js';
import { CreateAuditAndIdempotency1764000000000 } from './1764000000000-CreateAuditAndIdempotency.js';
import { AddTime1764100000000 } from './1764100000000-AddTime.js';
import { AddServicePersonTimes1764200000000 } from './1764200000000-AddServicePersonTimes.js';
import { AddWorkerMeasureColumns1764300000000 } from './1764300000000-AddWorkerMeasureColumns.js';
import { AddWithdrawals1764400000000 } from './1764400000000-AddWithdrawals.js';
import { AddWriteGeneration1764500000000 } from './1764500000000-AddWriteGeneration.js';
import { AddMeasureRollups1764600000000 } from './1764600000000-AddMeasureRollups.js';
import { InferUnknownStarts1764700000000 } from './1764700000000-InferUnknownStarts.js';
import { AddSourceUrl1764750000000 } from './1764750000000-AddSourceUrl.js';
import { AddFigureKindsScopesAndQualifiers1764800000000 } from './1764800000000-AddFigureKindsScopesAndQualifiers.js';
import { AddFigureRounding1764900000000 } from './1764900000000-AddFigureRounding.js';
import { AddPersonalDataExports1765000000000 } from './1765000000000-AddPersonalDataExports.js';
import { AddSourceEnglishNames1765100000000 } from './1765100000000-AddSourceEnglishNames.js';
import { AddConstructedTitles1765200000000 } from './1765200000000-AddConstructedTitles.js';
import { AddInferredPublicationDates1765300000000 } from './1765300000000-AddInferredPublicationDates.js';
import { AddInferredPeriodStarts1765400000000 } from './1765400000000-AddInferredPeriodStarts.js';
import { AddInferredPublishers1765500000000 } from './1765500000000-AddInferredPublishers.js';
import { AddFigureInstitutionScopes1765600000000 } from './1765600000000-AddFigureInstitutionScopes.js';
import { AddInferredPolicyDates1765700000000 } from './1765700000000-AddInferredPolicyDates.js';
import { AddPolicyEnglishTitles1765800000000 } from './1765800000000-AddPolicyEnglishTitles.js';
import { AddRegistryIdentity1765900000000 } from './1765900000000-AddRegistryIdentity.js';
import { EndPostsAtClosedInstitutions1766000000000 } from './1766000000000-EndPostsAtClosedInstitutions.js';
import { AuditPostsEndedByMigration1766100000000 } from './1766100000000-AuditPostsEndedByMigration.js';
import { AddProgramWithdrawals1766200000000 } from './1766200000000-AddProgramWithdrawals.js';
import { AddCitedTitles1766300000000 } from './1766300000000-AddCitedTitles.js';
import { AddPostingHistory1766400000000 } from './1766400000000-AddPostingHistory.js';
import { AddIssuerEnglishNames1766500000000 } from './1766500000000-AddIssuerEnglishNames.js';
import { InferSocialWorkStarts1766600000000 } from './1766600000000-InferSocialWorkStarts.js';
import { AddSourceReadOnReprint1766700000000 } from './1766700000000-AddSourceReadOnReprint.js';
import { AddInstitutionHistory1766800000000 } from './1766800000000-AddInstitutionHistory.js';
import { AddPostPeriods1766900000000 } from './1766900000000-AddPostPeriods.js';
import { AddProgramPeriods1767000000000 } from './1767000000000-AddProgramPeriods.js';
import { CheckInstitutionPeriods1767100000000 } from './1767100000000-CheckInstitutionPeriods.js';
import { AddCertificationDates1767200000000 } from './1767200000000-AddCertificationDates.js';

/** In the order they run. */
export const registryMigrations = [
  CreateRegistry1763800000000,
  CreateMeasureSnapshot1763900000000,
  CreateAuditAndIdempotency1764000000000,
  AddTime1764100000000,
  AddServicePersonTimes1764200000000,
  AddWorkerMeasureColumns1764300000000,
  AddWithdrawals1764400000000,
  AddWriteGeneration1764500000000,
  AddMeasureRollups1764600000000,
  InferUnknownStarts1764700000000,
  AddSourceUrl1764750000000,
  AddFigureKindsScopesAndQualifiers1764800000000,
  AddFigureRounding1764900000000,
  AddPersonalDataExports1765000000000,
  AddSourceEnglishNames1765100000000,
  AddConstructedTitles1765200000000,
  AddInferredPublicationDates1765300000000,
  AddInferredPeriodStarts1765400000000,
  AddInferredPublishers1765500000000,
  AddFigureInstitutionScopes1765600000000,
  AddInferredPolicyDates1765700000000,
  AddPolicyEnglishTitles1765800000000,
  AddRegistryIdentity1765900000000,
  EndPostsAtClosedInstitutions1766000000000,
  AuditPostsEndedByMigration1766100000000,
  AddProgramWithdrawals1766200000000,
  AddCitedTitles1766300000000,
  AddPostingHistory1766400000000,
  AddIssuerEnglishNames1766500000000,
  InferSocialWorkStarts1766600000000,
  AddSourceReadOnReprint1766700000000,
  AddInstitutionHistory1766800000000,
  AddPostPeriods1766900000000,
  AddProgramPeriods1767000000000,
  CheckInstitutionPeriods1767100000000,
  AddCertificationDates1767200000000,
];
