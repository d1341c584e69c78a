import type { FigureResolvers } from '../__generated__/resolvers-types.js';
import type { RegistryContext } from '../context.js';
import type { Figure as FigureRow } from '../entities/Figure.js';
import { intervalOf } from '../measures/qualifiers.js';
import { derivedBaseline } from '../measures/derived-baseline.js';
import { unitWord } from '../../../../shared/unit-words.js';
import { linkedRecord } from '../access.js';

const asNumber = (value: string | null) => (value == null ? null : Number(value));

export const Figure: FigureResolvers = {
  indicator: (f: FigureRow) => ({ code: f.indicator }),
  value: (f: FigureRow) => Number(f.value),
  unitZh: (f: FigureRow) => unitWord(f.unit, 'zh'),
  changePercent: (f: FigureRow) => asNumber(f.changePercent),
  interval: (f: FigureRow) =>
    intervalOf(Number(f.value), f.qualifier, f.roundedTo == null ? null : Number(f.roundedTo)),
  roundedTo: (f: FigureRow) => (f.roundedTo == null ? null : Number(f.roundedTo)),
  // Figures are public; the records they count are shown as the caller may see them.
  scopeProgram: (f: FigureRow, _: unknown, context: RegistryContext) =>
    linkedRecord(context, f.scopeProgramId, (id) => context.loaders.program.load(id)),
  scopeInstitution: (f: FigureRow, _: unknown, context: RegistryContext) =>
    linkedRecord(context, f.scopeInstitutionId, (id) => context.loaders.institution.load(id)),
  /**
   * The published baseline; or, when only a growth rate over a year is published
   * ("54, +184% over 2019"), the baseline that rate implies, marked as derived.
   */
  baseline(f: FigureRow) {
    const year = { year: f.baselineYear, yearInferred: f.baselineYearInferred };
    if (f.baselineValue != null) return { value: Number(f.baselineValue), ...year, derived: false };
    if (f.changePercent != null && Number(f.changePercent) > -100 && f.baselineYear != null) {
      return {
        value: derivedBaseline(Number(f.value), Number(f.changePercent)),
        ...year,
        derived: true,
      };
    }
    return f.baselineYear != null ? { value: null, ...year, derived: false } : null;
  },
  breakdown: (f: FigureRow) =>
    f.breakdownDimension && f.breakdownValue
      ? { dimension: f.breakdownDimension, value: f.breakdownValue }
      : null,
  async source(f: FigureRow, _: unknown, { loaders }: RegistryContext) {
    const source = await loaders.source.load(f.sourceId);
    // figure.source_id references source(id): a figure without its source cannot be stored.
    if (!source)
      throw new Error(
        `Figure ${f.id} names source ${f.sourceId}, which the registry does not hold`,
      );
    return source;
  },
  withdrawnAt: (f: FigureRow) => f.withdrawnAt?.toISOString() ?? null,
  correctedBy: (f: FigureRow, _: unknown, { loaders }: RegistryContext) =>
    f.correctedBy ? loaders.figure.load(f.correctedBy) : null,
};
