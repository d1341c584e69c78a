import type { Figure } from './entities/Figure.js';
import type { Institution } from './entities/Institution.js';
import type { Program } from './entities/Program.js';
import type { SocialWorker } from './entities/SocialWorker.js';
import type { Source } from './entities/Source.js';
import type { Policy, Target } from './entities/Target.js';
import type { HistoryPoint } from './measures/history.js';
import type { MeasureCell } from './measures/measure-types.js';
import type { Connection } from './pagination.js';
import type { RecordState } from './record-states.js';
import type { WorkerPost } from './worker-posts.js';
import type { InstitutionPeriod } from './institution-periods.js';

/**
 * The values each GraphQL type of a regional subgraph is resolved from, the resolver types' mappers
 * (scripts/codegen.ts). Nothing here imports the generated resolver types, so that they can import
 * this module without a cycle.
 */

export type InstitutionRow = Institution;
export type SocialWorkerRow = SocialWorker;
export type SocialWorkerPostValue = WorkerPost;
export type InstitutionPeriodValue = InstitutionPeriod;
export type ProgramRow = Program;
export type FigureRow = Figure;
export type TargetRow = Target;
export type SourceRow = Source;
export type PolicyRow = Policy;
export type HistoryPointValue = HistoryPoint;
/** A breakdown cell's key as the measure gives it: its words are resolved (resolvers/places.ts). */
export type DimensionKey = MeasureCell['keys'][number];
export type RecordStateValue = RecordState;

export type InstitutionPage = Connection<Institution>;
export type SocialWorkerPage = Connection<SocialWorker>;
export type ProgramPage = Connection<Program>;
export type InstitutionEdgeValue = InstitutionPage['edges'][number];
export type SocialWorkerEdgeValue = SocialWorkerPage['edges'][number];
export type ProgramEdgeValue = ProgramPage['edges'][number];

/** A registry is identified by its region's code; everything else is read from the region's database. */
export interface RegistryRef {
  code: string;
}
