import type { Institution } from '../entities/Institution.js';
import type { Program } from '../entities/Program.js';
import type { SocialWorker } from '../entities/SocialWorker.js';
import type { Connection } from '../pagination.js';

/** The values connections are resolved from, named for the resolver types' mappers (scripts/codegen.ts). */
export type InstitutionPage = Connection<Institution>;
export type SocialWorkerPage = Connection<SocialWorker>;
export type ProgramPage = Connection<Program>;
export type InstitutionEdgeValue = InstitutionPage['edges'][number];
export type SocialWorkerEdgeValue = SocialWorkerPage['edges'][number];
export type ProgramEdgeValue = ProgramPage['edges'][number];
