/**
 * `pnpm token hash [--name alice] [--role editor] [token]`: prints a KG_TOKENS_FILE line.
 * Without a token argument a random one is made (and printed once, on stderr, to hand over);
 * a token can also come on stdin (`echo -n secret | pnpm token hash --stdin`).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '@kg/model';
import { hashToken } from './token-hash';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string', default: 'editor' }, stdin: { type: 'boolean', default: false } },
  });
  const [command, given] = positionals;
  if (command !== 'hash') throw new Error('usage: pnpm token hash [--name NAME] [--role reader|editor|admin] [--stdin] [TOKEN]');
  if (!isRole(values.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  let token = values.stdin ? await readStdin() : given;
  if (!token) {
    token = randomBytes(24).toString('base64url');
    process.stderr.write(`token (give it to its holder; it is not stored): ${token}\n`);
  }
  if (token.length < 16) throw new Error('a token must be at least 16 characters');
  const hash = await hashToken(token);
  process.stdout.write(values.name ? `${values.name}:${values.role}:${hash}\n` : `${hash}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
