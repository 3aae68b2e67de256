/**
 * The configured API tokens: named, each with a role, from KG_TOKENS_FILE lines
 * (`name:role:scrypt-hash`) and, for compatibility, the single KG_API_TOKEN (an admin named
 * `admin`). `identify` answers who a bearer token belongs to, or null.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isRole, ROLES, type Principal, type Role } from '@kg/model';
import { parseTokenHash, verifyToken } from './token-hash';

export interface TokenEntry {
  readonly name: string;
  readonly role: Role;
  readonly hash: string;
}

const NAME = /^[A-Za-z0-9._@-]{1,64}$/;

/** Parses the tokens file; a bad line is named with its number and what to do. */
export function parseTokenLines(text: string, source: string): TokenEntry[] {
  const entries: TokenEntry[] = [];
  const names = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${source} line ${index + 1}`;
    const [name, role, hash, ...rest] = line.split(':');
    if (!name || !role || !hash || rest.length > 0) throw new Error(`${where}: expected name:role:token-hash`);
    if (!NAME.test(name)) throw new Error(`${where}: the name ${JSON.stringify(name)} may use letters, digits and . _ @ - (up to 64)`);
    if (!isRole(role)) throw new Error(`${where}: the role ${JSON.stringify(role)} is not one of ${ROLES.join(', ')}`);
    if (names.has(name)) throw new Error(`${where}: the name ${name} is configured twice`);
    try {
      parseTokenHash(hash);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
    names.add(name);
    entries.push({ name, role, hash });
  });
  return entries;
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
const CACHE_LIMIT = 1_000;

export class TokenRegistry {
  private readonly entries: readonly TokenEntry[];
  private readonly legacy: Buffer | undefined;
  /** sha256(token) → principal for tokens already verified: scrypt costs ~50 ms a check. */
  private readonly verified = new Map<string, Principal>();

  constructor(entries: readonly TokenEntry[], legacyToken?: string) {
    this.entries = entries;
    this.legacy = legacyToken ? digest(legacyToken) : undefined;
  }

  /** False when no token is configured at all: writes are then disabled. */
  get configured(): boolean {
    return this.entries.length > 0 || this.legacy !== undefined;
  }

  async identify(token: string): Promise<Principal | null> {
    const key = digest(token);
    if (this.legacy && timingSafeEqual(key, this.legacy)) return { name: 'admin', role: 'admin' };
    const cached = this.verified.get(key.toString('hex'));
    if (cached) return cached;
    for (const entry of this.entries) {
      if (await verifyToken(token, entry.hash)) {
        const principal = { name: entry.name, role: entry.role };
        if (this.verified.size >= CACHE_LIMIT) this.verified.clear();
        this.verified.set(key.toString('hex'), principal);
        return principal;
      }
    }
    return null;
  }
}
