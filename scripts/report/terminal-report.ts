import type { Comparison } from './comparison.js';
import { statusNotes, toTable } from './comparison-formats.js';
import {
  comparisonCensusNote,
  carriedForwardNote,
  nationalLines,
  pastDayNote,
  registryCheckNotes,
  totalDayNote,
  uncheckedOf,
} from './comparison-notes.js';
import { comparisonTitle, regionNameIn, say, type Language } from './language.js';
import { seriesCensusNote, seriesTable, seriesTitle, type Series } from './series.js';
import { seriesZeroNote } from './series-zeros.js';
import { seriesCarriedForwardNote } from './series-carried-forward.js';
import { fitLines } from './terminal-width.js';
import { namesCertificates } from '../../shared/inferred-day-words.js';

/** What the report prints on a terminal `width` columns wide: every line fits it. */

/** The notes under a table that apply, one a line. */
const notesUnder = (notes: (string | null)[]) =>
  notes.flatMap((note) => (note ? [`${note}\n`] : [])).join('');

/**
 * The comparison: its title, the table with the documents its figures are read from, the total
 * over the regions with those it leaves out, and why each status is what it is.
 */
export function comparisonForTerminal(
  comparison: Comparison,
  language: Language,
  width: number,
  gatewayUrl: string,
): string {
  const { indicator, rows, national } = comparison;
  const total = nationalLines(national, language, {
    regionName: regionNameIn(rows, language),
    unchecked: uncheckedOf(national, rows),
    unit: say.unit(indicator.unit, language),
    indicators: [indicator],
    certificates: namesCertificates(indicator.code),
  });
  const totalDay = totalDayNote(comparison, language);
  const notes = notesUnder([
    totalDay && `${language === 'zh' ? '合计截至' : 'Total as of'} ${totalDay}`,
    registryCheckNotes(comparison, language),
    statusNotes(rows, language),
    pastDayNote(comparison.askedAsOf, language),
    comparisonCensusNote(comparison, language),
    carriedForwardNote(comparison, language),
  ]);
  return fitLines(
    `${comparisonTitle(indicator, language)}\n\n${toTable(comparison, language, width, gatewayUrl)}\n\n${total}\n${notes}`,
    width,
  );
}

/** A series: its title, the years by region, and what its 0s and its populations are. */
export function seriesForTerminal(series: Series, language: Language, width: number): string {
  const notes = notesUnder([
    seriesCensusNote(series, language),
    seriesCarriedForwardNote(series, language),
    seriesZeroNote(series, language),
  ]);
  return fitLines(
    `${seriesTitle(series, language)}\n\n${seriesTable(series, language, width)}${notes}`,
    width,
  );
}
