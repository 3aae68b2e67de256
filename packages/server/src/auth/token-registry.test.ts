import { hashToken, verifyToken } from './token-hash';
import { parseTokenLines, TokenRegistry } from './token-registry';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('token hashes', () => {
  it('verify the token they were made from and no other', async () => {
    const hash = await hashToken('alice-secret-0123456789', CHEAP);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    await expect(verifyToken('alice-secret-0123456789', hash)).resolves.toBe(true);
    await expect(verifyToken('alice-secret-0123456780', hash)).resolves.toBe(false);
    // A fresh salt each time: the same token never gives the same line twice.
    expect(await hashToken('alice-secret-0123456789', CHEAP)).not.toBe(hash);
  });
});

describe('the tokens file', () => {
  it('names each token with its role and tells who holds a token', async () => {
    const alice = await hashToken('alice-secret-0123456789', CHEAP);
    const bob = await hashToken('bob-secret-0123456789ab', CHEAP);
    const entries = parseTokenLines(`# analysts\nalice:editor:${alice}\n\nbob:reader:${bob}\n`, 'tokens');
    expect(entries.map((e) => [e.name, e.role])).toEqual([['alice', 'editor'], ['bob', 'reader']]);
    const registry = new TokenRegistry(entries, 'legacy-token-0123456789');
    await expect(registry.identify('bob-secret-0123456789ab')).resolves.toEqual({ name: 'bob', role: 'reader' });
    await expect(registry.identify('alice-secret-0123456789')).resolves.toEqual({ name: 'alice', role: 'editor' });
    await expect(registry.identify('legacy-token-0123456789')).resolves.toEqual({ name: 'admin', role: 'admin' });
    await expect(registry.identify('nobody-holds-this-token')).resolves.toBeNull();
  });

  it('refuses a bad line with its number and what is wrong', async () => {
    const hash = await hashToken('x'.repeat(20), CHEAP);
    expect(() => parseTokenLines(`a:editor:${hash}\nb:owner:${hash}`, 'f')).toThrow(/f line 2: the role "owner" is not one of reader, editor, admin/);
    expect(() => parseTokenLines('a:editor:plaintext', 'f')).toThrow(/f line 1: the token hash is not of the form/);
    expect(() => parseTokenLines(`a:editor:${hash}\na:admin:${hash}`, 'f')).toThrow(/configured twice/);
    expect(() => parseTokenLines('just-a-name', 'f')).toThrow(/expected name:role:token-hash/);
  });
});
