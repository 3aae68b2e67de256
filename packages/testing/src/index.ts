export { testConnection, openTestDriver, resetDatabase, useCleanDatabase } from './database';
