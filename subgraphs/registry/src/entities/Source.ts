import { EntitySchema } from 'typeorm';

/** One article of a source document (a newspaper page holds several) or a policy text. */
export interface Source {
  id: string;
  /** A document of the collection of seeds; null for a page read on the web. */
  document: string | null;
  /** The address of the page the source was read on. */
  url: string | null;
  title: string;
  /** The title in English; null for a source recorded without it. */
  titleEn: string | null;
  /** The title was made from the text, the page printing none. */
  titleConstructed: boolean;
  /** The page prints no title: `title` is printed on the page of this source, which cites it. */
  titleCitedInId: string | null;
  publisher: string | null;
  /** The page prints no publisher: `publisher` was inferred (the note says from what). */
  publisherInferred: boolean;
  publisherEn: string | null;
  reprintedFrom: string | null;
  reprintedFromEn: string | null;
  /** The page read is a reprint of the document, not its publisher's own; null where not judged. */
  readOnReprint: boolean | null;
  publishedOn: string | null;
  /** The page prints no date: `publishedOn` was inferred (the note says from what). */
  publishedOnInferred: boolean;
  note: string | null;
}

export const SourceEntity = new EntitySchema<Source>({
  name: 'Source',
  tableName: 'source',
  columns: {
    id: { type: 'text', primary: true },
    document: { type: 'text', nullable: true },
    url: { type: 'text', nullable: true },
    title: { type: 'text' },
    titleEn: { name: 'title_en', type: 'text', nullable: true },
    titleConstructed: { name: 'title_constructed', type: 'boolean', default: false },
    titleCitedInId: { name: 'title_cited_in', type: 'text', nullable: true },
    publisher: { type: 'text', nullable: true },
    publisherInferred: { name: 'publisher_inferred', type: 'boolean', default: false },
    publisherEn: { name: 'publisher_en', type: 'text', nullable: true },
    reprintedFrom: { name: 'reprinted_from', type: 'text', nullable: true },
    reprintedFromEn: { name: 'reprinted_from_en', type: 'text', nullable: true },
    readOnReprint: { name: 'read_on_reprint', type: 'boolean', nullable: true },
    publishedOn: { name: 'published_on', type: 'text', nullable: true },
    publishedOnInferred: { name: 'published_on_inferred', type: 'boolean', default: false },
    note: { type: 'text', nullable: true },
  },
});
