/** Test databases carry this prefix, so a test run never touches the databases `npm start` uses. */
export const testDatabasePrefix = 'test_';
