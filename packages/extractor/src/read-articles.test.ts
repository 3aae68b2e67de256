import { mkdtemp, mkdir, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { checkArticleText, decodeArticle, readArticles, type ReadOutcome } from './read-articles';

async function collect(paths: string[], options = {}): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readArticles(paths, options)) out.push(o);
  return out;
}

describe('decodeArticle', () => {
  it('accepts UTF-8 with a BOM and drops the BOM', () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Café news')]));
    expect(r).toEqual({ ok: true, text: 'Café news' });
  });

  it('refuses empty, binary, invalid UTF-8 and over-size input with a reason', () => {
    expect(decodeArticle(new Uint8Array())).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(decodeArticle(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20]))).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid UTF-8/) });
    expect(decodeArticle(Buffer.from('long text'), 4)).toMatchObject({ ok: false, reason: expect.stringMatching(/--max-bytes/) });
  });
});

describe('checkArticleText', () => {
  it('accepts ordinary text with tabs and newlines', () => {
    expect(checkArticleText('The minister spoke.\n\tShe left on Friday.\r\n')).toMatchObject({ ok: true });
  });

  it('refuses text that came from binary or non-UTF-8 bytes, and blank text', () => {
    const randomish = Array.from({ length: 2_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expect(checkArticleText(randomish)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(checkArticleText(`News ${'\u0001'.repeat(30)} more news`)).toMatchObject({ ok: false, reason: expect.stringMatching(/control characters/) });
    expect(checkArticleText('Caf\uFFFD opens in Paris')).toMatchObject({ ok: false, reason: expect.stringMatching(/not UTF-8/) });
    expect(checkArticleText(' \n ')).toMatchObject({ ok: false, reason: expect.stringMatching(/whitespace/) });
    expect(checkArticleText('')).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
  });
});

describe('readArticles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-read-'));
    await mkdir(join(dir, 'nested'));
    await mkdir(join(dir, 'empty'));
    await writeFile(join(dir, 'a.txt'), 'Putin visited Syria.');
    await writeFile(join(dir, 'nested', 'b.md'), '---\ntitle: B\n---\nAssad met Putin.');
    await writeFile(join(dir, 'nested', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    await writeFile(join(dir, 'blank.txt'), '');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    await writeFile(join(dir, 'bin.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    // A sparse 20 MB file: skipped by its size, never read into memory.
    const big = await open(join(dir, 'huge.txt'), 'w');
    await big.truncate(20 * 1024 * 1024);
    await big.close();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a folder recursively and skips bad files with reasons', async () => {
    const out = await collect([dir]);
    const read = out.filter((o) => o.ok).map((o) => (o.ok ? o.article.file : ''));
    expect(read.sort()).toEqual(['a.txt', 'b.md']);
    const reasons = Object.fromEntries(out.filter((o) => !o.ok).map((o) => (o.ok ? ['', ''] : [o.file, o.reason])));
    expect(reasons['blank.txt']).toMatch(/empty/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['bin.txt']).toMatch(/binary/);
    expect(reasons['huge.txt']).toMatch(/over the 5242880-byte limit/);
    expect(reasons['image.png']).toBeUndefined();
  });

  it('reports a folder with no articles and a missing path', async () => {
    const out = await collect([join(dir, 'empty'), join(dir, 'missing.txt')]);
    expect(out).toEqual([
      { ok: false, file: join(dir, 'empty'), reason: expect.stringMatching(/no articles/) },
      { ok: false, file: join(dir, 'missing.txt'), reason: expect.stringMatching(/no such file/) },
    ]);
  });

  it('expands globs and reads stdin, applying --published', async () => {
    const globbed = await collect([join(dir, '**/*.md')]);
    expect(globbed.map((o) => o.ok && o.article.file)).toEqual(['b.md']);
    const out = await collect(['-'], { stdin: Readable.from([Buffer.from('Iran and Iraq met.')]), published: '2017-12-11' });
    expect(out).toEqual([{ ok: true, article: { file: 'stdin', text: 'Iran and Iraq met.', published: '2017-12-11' } }]);
  });
});
