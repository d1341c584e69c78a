import { DataSource, type DataSourceOptions as TypeOrmOptions, type Logger } from 'typeorm';
import { CHINA_TIME_ZONE } from '../../shared/china-day.js';

/**
 * Counts the SQL statements a data source sends, so that tests can show that the number of
 * statements per request does not grow with the number of rows returned.
 */
export class StatementCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface DataSourceOptions {
  url: string;
  entities: NonNullable<TypeOrmOptions['entities']>;
  migrations: NonNullable<TypeOrmOptions['migrations']>;
  /** Connections in the pool. */
  poolSize?: number;
}

export function createDataSource({ url, entities, migrations, poolSize = 10 }: DataSourceOptions): {
  dataSource: DataSource;
  statements: StatementCounter;
} {
  const statements = new StatementCounter();
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    logger: statements,
    poolSize,
    extra: {
      // A request should fail quickly with a clear error rather than hang when the database is away.
      connectionTimeoutMillis: 5_000,
      application_name: 'social-work-registry',
      // The planner overestimates a YEAR series (a generated series of unknown length joined to the
      // groups), and a server with JIT on then spends 400 ms compiling a statement that runs in 20:
      // every statement here is short, so JIT never pays. The registries' day is China's
      // (shared/china-day.ts): `current_date` and a timestamp's `::date` are of the session's time
      // zone, which would otherwise be the server's (UTC on most hosts), a day behind from 00:00 to
      // 08:00 in Beijing.
      options: `-c jit=off -c TimeZone=${CHINA_TIME_ZONE}`,
    },
  });
  return { dataSource, statements };
}
