import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Neo4jConnection } from './config';

/** The embedded Neo4j's password lives beside its data, readable by this user only. */
export const passwordFile = (dataDir: string) => join(dataDir, 'neo4j-password');

/**
 * The password of the embedded Neo4j of `dataDir`: generated on first use (24 random bytes),
 * then read back. A file others can read is narrowed to 0600 again.
 */
export function embeddedPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  try {
    const password = readFileSync(file, 'utf8').trim();
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    if (password.length >= 8) return password;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // the umask may not narrow an existing file
  return password;
}

/** How to reach the embedded Neo4j of `dataDir` listening at `uri`. */
export function embeddedConnection(dataDir: string, uri: string): Neo4jConnection {
  return { uri, user: 'neo4j', password: embeddedPassword(dataDir) };
}
