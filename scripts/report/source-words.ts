import { sourceTitle, type Bilingual } from '../../shared/bilingual.js';
import type { PopulationSource, ReportIndicator } from './about.js';
import { say, type Language } from './language.js';
import { populationWords } from '../../shared/population-words.js';

/** A document in the report's words: its publisher, its source line, a population's. */

/** A source's publisher in the report's language (公益时报, China Philanthropy Times (公益时报)), marked where inferred. */
export const publisherWords = (
  source: Pick<
    ReportIndicator['sources'][number],
    'publisher' | 'publisherEn' | 'publisherInferred'
  >,
  language: Language,
) =>
  say.inferred(
    say.printedName(source.publisher, source.publisherEn ?? null, language),
    source.publisherInferred ?? false,
    language,
  );

/** A page that reprints a document, where its source's data says so (`Source.readOnReprint`). */
const reprintOfPublisher = {
  zh: '转载页面（非发布方官网）',
  en: "reprint (not the publisher's own site)",
};

/**
 * A source as the sheet prints it: title, publisher and date, each in the report's language, and the
 * address a page read on the web was read at, which may be a reprint's (a communiqué's population on
 * an aggregator's page), said so where the data says it: a reader checks the number there.
 */
export const sourceWords = (
  source: ReportIndicator['sources'][number],
  language: Language,
  reprint: Bilingual = reprintOfPublisher,
) =>
  [
    sourceTitle(source, language),
    publisherWords(source, language),
    say.inferred(source.publishedOn, source.publishedOnInferred ?? false, language),
    source.url && (language === 'zh' ? `读取自 ${source.url}` : `read at ${source.url}`),
    source.readOnReprint ? reprint[language] : null,
  ]
    .filter(Boolean)
    .join(' · ');

/** A population's source in words: sourceWords, and whether it is a reprint and lacks a date. */
export const populationSourceWords = (source: PopulationSource['source'], language: Language) =>
  [
    sourceWords(source, language, populationWords.reprint),
    source.publishedOn == null ? populationWords.noDate[language] : null,
  ]
    .filter(Boolean)
    .join(' · ');
