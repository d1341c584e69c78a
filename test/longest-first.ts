import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, in the order they took (seconds of one run on 2 cores): each of
 * their groups starts them first, so that none of them starts last while the other worker has
 * nothing left to do. vitest orders files by their last durations, but only where a run before
 * left them in its cache, which a fresh clone and CI have not. A file missing here only runs later.
 */
const longest = [
  'test/cli-help.test.ts', // 63
  'test/dashboard.e2e.ts', // 61
  'test/stack-file.e2e.ts', // 55
  'test/backup.e2e.ts', // 49
  'test/stale-embedded-postgres.e2e.ts', // 29
  'test/region-add.e2e.ts', // 27
  'test/posting-history.e2e.ts', // 25
  'test/ide.e2e.ts', // 24
  'test/faults.e2e.ts', // 20
  'test/cli-errors.test.ts', // 19
  'test/import.e2e.ts', // 18
  'test/policy-issuers.e2e.ts', // 18
  'test/spreadsheet-cli.test.ts', // 17
  'test/program-withdrawals.e2e.ts', // 17
  'test/fuzz.e2e.ts', // 13
  'test/writes.e2e.ts', // 12
];

const rank = (file: TestSpecification) => {
  const index = longest.findIndex((name) => file.moduleId.endsWith(name));
  return index === -1 ? longest.length : index;
};

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const group = (file: TestSpecification) => file.project.config.sequence.groupOrder;
    // Stable: within a group and a rank, vitest's own order.
    return sorted.sort((a, b) => group(a) - group(b) || rank(a) - rank(b));
  }
}
