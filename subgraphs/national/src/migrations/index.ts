import { CreateDirectory1763800000000 } from './1763800000000-CreateDirectory.js';
import { AddAmountKindAndChineseDefinitions1764200000000 } from './1764200000000-AddAmountKindAndChineseDefinitions.js';
import { AddStockOrFlow1764700000000 } from './1764700000000-AddStockOrFlow.js';
import { AddRateKind1764750000000 } from './1764750000000-AddRateKind.js';

/** In the order they run. */
export const nationalMigrations = [
  CreateDirectory1763800000000,
  AddAmountKindAndChineseDefinitions1764200000000,
  AddStockOrFlow1764700000000,
  AddRateKind1764750000000,
];
