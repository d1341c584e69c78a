import { FigureEntity } from './Figure.js';
import { InstitutionEntity } from './Institution.js';
import { ProgramEntity } from './Program.js';
import { SocialWorkerEntity } from './SocialWorker.js';
import { SourceEntity } from './Source.js';
import { PolicyEntity, TargetEntity } from './Target.js';

export const registryEntities = [
  InstitutionEntity,
  SocialWorkerEntity,
  ProgramEntity,
  SourceEntity,
  FigureEntity,
  PolicyEntity,
  TargetEntity,
];
