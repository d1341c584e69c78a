import { EntitySchema } from 'typeorm';
import type { DirectoryRegion } from '../../regions.js';

export const RegionEntity = new EntitySchema<DirectoryRegion>({
  name: 'Region',
  tableName: 'region',
  columns: {
    code: { type: 'text', primary: true },
    slug: { type: 'text', unique: true },
    nameEn: { name: 'name_en', type: 'text' },
    nameZh: { name: 'name_zh', type: 'text' },
    level: { type: 'text' },
  },
});

export interface IndicatorRow {
  code: string;
  name: string;
  nameZh: string;
  unit: string;
  kind: string;
  stockOrFlow: string;
  description: string;
  descriptionZh: string;
  numerator: string | null;
  denominator: string | null;
  computable: boolean;
}

export const IndicatorEntity = new EntitySchema<IndicatorRow>({
  name: 'Indicator',
  tableName: 'indicator',
  columns: {
    code: { type: 'text', primary: true },
    name: { type: 'text' },
    nameZh: { name: 'name_zh', type: 'text' },
    unit: { type: 'text' },
    kind: { type: 'text' },
    stockOrFlow: { name: 'stock_or_flow', type: 'text', default: 'STOCK' },
    description: { type: 'text' },
    descriptionZh: { name: 'description_zh', type: 'text' },
    numerator: { type: 'text', nullable: true },
    denominator: { type: 'text', nullable: true },
    computable: { type: 'boolean', default: false },
  },
});
