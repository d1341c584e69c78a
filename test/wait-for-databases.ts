import { beforeAll, inject } from 'vitest';
import { databasesReady } from './databases-ready.js';

/** Run before every e2e file: its hooks and tests start once the run's databases are prepared. */
beforeAll(() => databasesReady(inject('databaseServerUrl'), inject('databasePreparation')));
