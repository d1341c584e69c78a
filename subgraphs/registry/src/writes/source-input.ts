import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { SourceEntity } from '../entities/Source.js';
import { pastPartialDate } from '../dates.js';
import { line } from './field-schemas.js';
import { badInput } from './validation.js';

/** The document a figure or a target was published in (`SourceInput`): a known one, or a new one. */
export const sourceInput = z.union(
  [
    z.object({ id: line(100) }).strict(),
    z
      .object({
        id: z.undefined().nullish(),
        title: line(300),
        titleConstructed: z.boolean().nullish(),
        publisher: line(200).nullish(),
        publisherInferred: z.boolean().nullish(),
        publishedOn: pastPartialDate.nullish(),
        publishedOnInferred: z.boolean().nullish(),
        document: line(300).nullish(),
        // One line of clean text first, as every other field: an address is printed in reports and workbooks too,
        // and the URL check alone let control and bidirectional characters through.
        url: line(2000)
          .pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https address' }))
          .nullish(),
      })
      .refine((s) => s.document != null || s.url != null, {
        message: 'give the document or the address (url) the source was read at',
        path: ['url'],
      }),
  ],
  {
    error: 'give either the id of a known source, or a new source with title and document or url',
  },
);

/** The id of the source: a known one, or one created from the input in the same transaction. */
export async function sourceId(tx: EntityManager, source: z.output<typeof sourceInput>) {
  if (!('title' in source)) {
    const known = await tx.getRepository(SourceEntity).existsBy({ id: source.id });
    if (!known)
      throw badInput([
        {
          path: 'input.source.id',
          message: `source ${source.id} is not known; give title and document or url to add it`,
        },
      ]);
    return source.id;
  }
  const id = `source-${randomUUID()}`;
  await tx.getRepository(SourceEntity).insert({
    id,
    title: source.title,
    titleConstructed: source.titleConstructed ?? false,
    document: source.document ?? null,
    url: source.url ?? null,
    publisher: source.publisher ?? null,
    publisherInferred: source.publisherInferred ?? false,
    publishedOn: source.publishedOn ?? null,
    publishedOnInferred: source.publishedOnInferred ?? false,
    reprintedFrom: null,
    readOnReprint: null,
    note: null,
  });
  return id;
}
