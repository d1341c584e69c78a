import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { readConfig } from '../../../../shared/config.js';
import { createLogger } from '../../../../shared/observability.js';
import type { Region } from '../../../regions.js';
import { loadDemoRegistry } from './demo.js';
import { loadPublishedData } from './load-published.js';
import { keptProgramsLine } from './program-withdrawals.js';
import { referredWithdrawnLine } from './referred-withdrawn.js';

/**
 * Published data is loaded on every start (new entries only); demo data only into a registry without
 * any, and only where wanted: by default in development, never by default in production
 * (`NODE_ENV=production`), where a registry holds real records that demo rows, which can only be
 * closed, would mix with. `DEMO_DATA=on` or `off` decides either way (config.ts).
 */
export async function seedRegistry(
  db: DataSource,
  region: Region,
  env: NodeJS.ProcessEnv = process.env,
  logger: Logger = createLogger(region.slug, env),
) {
  const published = await loadPublishedData(db, region.slug);
  const { figures, annotated, withdrawn, targets, programs, withdrawnPrograms, sources, policies } =
    published.corrected;
  if (Object.values(published.corrected).some((changed) => changed.length))
    logger.info(
      { corrected: published.corrected },
      `公开数据已更正：数字更正 ${figures.length} 项、撤回 ${withdrawn.length} 项、注释更新 ${annotated.length} 项，目标修订 ${targets.length} 项、项目修订 ${programs.length} 项、项目撤回 ${withdrawnPrograms.length} 项，来源更新 ${sources.length} 个、政策更新 ${policies.length} 项。` +
        `Published data corrected: ${figures.length} figures corrected, ${withdrawn.length} withdrawn, ${annotated.length} annotated; ${targets.length} targets and ${programs.length} programmes revised, ${withdrawnPrograms.length} programmes withdrawn; ${sources.length} sources and ${policies.length} policies updated.`,
    );
  // On every start while it holds: the team acts on it, or the files' reading and theirs differ.
  if (published.keptPrograms.length)
    logger.warn(
      { keptPrograms: published.keptPrograms },
      keptProgramsLine(published.keptPrograms, region),
    );
  if (published.referredWithdrawn.length)
    logger.warn(
      { referredWithdrawn: published.referredWithdrawn },
      referredWithdrawnLine(published.referredWithdrawn, region),
    );
  const demo = readConfig(env).demoData ? await loadDemoRegistry(db, region) : false;
  return { published, demo };
}
