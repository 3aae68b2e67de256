/**
 * Token hashes for KG_TOKENS_FILE: scrypt from node:crypto with a random salt, written as
 * `scrypt$N$r$p$salt$hash` (base64url, no colon, so it fits a `name:role:hash` line).
 * Verification recomputes with the stored parameters and compares in constant time.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
/** OWASP's scrypt floor (N=2^17 is their first choice; 2^15 keeps a check near 50 ms on a small machine). */
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 };

function scrypt(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(secret, salt, KEY_LENGTH, { ...options, maxmem: 256 * options.N! * options.r! }, (error, key) =>
      error ? reject(error) : resolve(key));
  });
}

export async function hashToken(token: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(token, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Throws with a readable reason when `encoded` is not a hash this module wrote. */
export function parseTokenHash(encoded: string): { cost: { N: number; r: number; p: number }; salt: Buffer; key: Buffer } {
  const parts = encoded.split('$');
  const [scheme, n, r, p, salt, key] = parts;
  if (parts.length !== 6 || scheme !== 'scrypt' || !salt || !key) {
    throw new Error('the token hash is not of the form scrypt$N$r$p$salt$hash (make one with `pnpm token hash`)');
  }
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isInteger(v) && v > 0) || (cost.N & (cost.N - 1)) !== 0) {
    throw new Error('the token hash has bad scrypt parameters (N must be a power of two; r and p positive integers)');
  }
  return { cost, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

export async function verifyToken(token: string, encoded: string): Promise<boolean> {
  const { cost, salt, key } = parseTokenHash(encoded);
  const candidate = await scrypt(token, salt, cost);
  return candidate.length === key.length && timingSafeEqual(candidate, key);
}
