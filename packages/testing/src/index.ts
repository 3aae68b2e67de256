export { testConnection, openTestDriver, resetDatabase, useCleanDatabase } from './database';
export { seededRandom } from './seeded-random';
