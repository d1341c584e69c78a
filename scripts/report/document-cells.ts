import { sourceTitle } from '../../shared/bilingual.js';
import type { PopulationSource } from './about.js';
import { populationWords } from '../../shared/population-words.js';
import { publisherWords } from './source-words.js';
import type { ComparisonRow } from './comparison-row.js';
import { say, type Language } from './language.js';
import { issuerWords } from '../../gateway/dashboard/src/policy-words.js';

/**
 * The columns of the CSV and the workbook that say where a row's target and its population come
 * from, as the terminal's notes under its table say it (source-notes.ts): a document's publisher,
 * date and address, and who issued the target's policy and when, each marked where it is inferred.
 */

/** A row's target's policy, as the dashboard's words of it read it (policy-words.ts). */
export const policyIssue = (row: ComparisonRow) => ({
  issuedOn: row.targetPolicyIssuedOn,
  issuedOnInferred: row.targetPolicyIssuedOnInferred,
  issuers: row.targetPolicyIssuers,
  issuersEn: row.targetPolicyIssuersEn,
  issuerCount: row.targetPolicyIssuerCount,
  titleCitedIn: row.targetPolicyTitleCitedIn,
});

/** Who issued the target's policy and when, and its source's publisher and date, in words. */
export const targetDocumentCells = (row: ComparisonRow, language: Language) => ({
  targetPolicyIssuedBy: issuerWords(policyIssue(row), language),
  targetPolicyIssuedOn: say.inferred(
    row.targetPolicyIssuedOn,
    row.targetPolicyIssuedOnInferred,
    language,
  ),
  targetSourcePublisher: publisherWords(
    {
      publisher: row.targetSourcePublisher,
      publisherEn: row.targetSourcePublisherEn,
      publisherInferred: row.targetSourcePublisherInferred,
    },
    language,
  ),
  targetSourcePublishedOn: say.inferred(
    row.targetSourcePublishedOn,
    row.targetSourcePublishedOnInferred,
    language,
  ),
});

/**
 * Of a rate, the published population it divides by: its source's title, publisher, date and the
 * address it was read at (an aggregator's page, where it was), as the About sheet gives them.
 */
export const populationCells = (population: PopulationSource | undefined, language: Language) => ({
  populationSource: population ? sourceTitle(population.source, language) : null,
  populationPublisher: population ? publisherWords(population.source, language) : null,
  populationPublishedOn: !population
    ? null
    : population.source.publishedOn == null
      ? populationWords.noDate[language]
      : say.inferred(
          population.source.publishedOn,
          population.source.publishedOnInferred ?? false,
          language,
        ),
  populationUrl: population?.source.url ?? null,
  // Whether the address is the statistics bureau's own page or a reprint's, as the data judges it.
  populationReadOnReprint:
    population?.source.readOnReprint == null
      ? null
      : populationWords[population.source.readOnReprint ? 'reprint' : 'own'][language],
});

export type PopulationCells = ReturnType<typeof populationCells>;

/**
 * The published figure's source beyond its title (the `source` column): its publisher, date and the
 * address it was read at, as a target's and a population's are given.
 */
export const figureSourceCells = (row: ComparisonRow, language: Language) => {
  const source = row.figureSource;
  return {
    sourcePublisher: source ? publisherWords(source, language) : null,
    sourcePublishedOn: source
      ? say.inferred(source.publishedOn, source.publishedOnInferred ?? false, language)
      : null,
    sourceUrl: source?.url ?? null,
  };
};

/** What every row of a CSV or a sheet says of the report: the indicator and when it was made. */
export interface ReportCells {
  indicatorCode: string;
  indicatorName: string;
  generatedAt: string;
}
