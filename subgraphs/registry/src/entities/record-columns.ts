import type { EntitySchemaColumnOptions } from 'typeorm';

/** Timestamps and the optimistic-lock version that every editable record carries. */
export interface RecordColumns {
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export const recordColumns: Record<keyof RecordColumns, EntitySchemaColumnOptions> = {
  createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  version: { type: 'int', version: true },
};
