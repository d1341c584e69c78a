import { CreateRegistry1763800000000 } from './1763800000000-CreateRegistry.js';

/** In the order they run. */
export const registryMigrations = [CreateRegistry1763800000000];
