import type { ReportIndicator } from './about.js';
import { populationSourceWords, sourceWords } from './source-words.js';
import type { Language } from './language.js';

type Source = ReportIndicator['sources'][number];

/**
 * The documents a terminal's table cites, numbered in the order its cells cite them: a figure
 * says `[2]` beside it, and the note `[2]` under the table gives its source's title, publisher,
 * date and address, and what a cell citing it adds of it (the policy a target's page reports, and
 * when that was issued). A document cited by several cells keeps one number.
 */
export class SourceNotes {
  readonly #numbers = new Map<
    string,
    { number: number; source: Source; population: boolean; about: Set<string> }
  >();

  /** `value [n]` where the value has a source; the value alone where it has none. */
  cite(value: string, source: Source | null | undefined, about?: string | null): string {
    return this.#cite(value, source, false, about);
  }

  /**
   * As `cite`, of a rate's value, whose source is the population it divides by: its note says that
   * source as the About sheet and the dashboard do (a reprint is not the statistics bureau's site).
   */
  citePopulation(value: string, source: Source | null | undefined): string {
    return this.#cite(value, source, true);
  }

  #cite(
    value: string,
    source: Source | null | undefined,
    population: boolean,
    about?: string | null,
  ) {
    if (!value || !source) return value;
    const key = JSON.stringify([source.title, source.publisher, source.publishedOn, source.url]);
    const known = this.#numbers.get(key);
    const number = known?.number ?? this.#numbers.size + 1;
    if (!known) this.#numbers.set(key, { number, source, population, about: new Set() });
    if (about) this.#numbers.get(key)!.about.add(about);
    return `${value} [${number}]`;
  }

  /** The notes, one a line under a heading; none where no cell cited a document. */
  lines(language: Language): string[] {
    if (!this.#numbers.size) return [];
    return [
      language === 'zh' ? '来源：' : 'Sources:',
      ...[...this.#numbers.values()].map(({ number, source, population, about }) =>
        [
          `  [${number}] ${(population ? populationSourceWords : sourceWords)(source, language)}`,
          ...about,
        ].join(' · '),
      ),
    ];
  }
}
