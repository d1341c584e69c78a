import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { indicatorCatalogFile } from '../../indicator-catalog.js';
import { regions } from '../../regions.js';

/**
 * The directory mirrors the list of regions and the indicator catalog file: both are national
 * configuration, so a restart brings the database in line with them, removing what they no longer
 * list (a region left in the directory would be listed by `registries` and resolve to nothing).
 */
export async function syncDirectory(db: DataSource): Promise<void> {
  const indicators = readFileSync(indicatorCatalogFile, 'utf8');
  await db.transaction(async (tx) => {
    // Removed first: a region whose code changed keeps its slug, which must be free again.
    await tx.query(`DELETE FROM region WHERE code <> ALL($1::text[])`, [
      regions.map((r) => r.code),
    ]);
    await tx.query(
      `INSERT INTO region (code, slug, name_en, name_zh, level)
       SELECT code, slug, "nameEn", "nameZh", level
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, slug text, "nameEn" text, "nameZh" text, level text)
       ON CONFLICT (code) DO UPDATE SET slug = excluded.slug, name_en = excluded.name_en,
         name_zh = excluded.name_zh, level = excluded.level`,
      [JSON.stringify(regions)],
    );
    await tx.query(
      `INSERT INTO indicator (code, name, name_zh, unit, kind, stock_or_flow, description, description_zh, numerator, denominator, computable)
       SELECT code, name, "nameZh", unit, kind, "stockOrFlow", description, "descriptionZh", numerator, denominator, computable
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, name text, "nameZh" text, unit text, kind text, "stockOrFlow" text,
         description text, "descriptionZh" text, numerator text, denominator text, computable boolean)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_zh = excluded.name_zh, unit = excluded.unit,
         kind = excluded.kind, stock_or_flow = excluded.stock_or_flow, description = excluded.description, description_zh = excluded.description_zh, numerator = excluded.numerator,
         denominator = excluded.denominator, computable = excluded.computable`,
      [indicators],
    );
    await tx.query(
      `DELETE FROM indicator WHERE code NOT IN (SELECT r ->> 'code' FROM jsonb_array_elements($1::jsonb) AS r)`,
      [indicators],
    );
  });
}
