/** `kg extract` as a user runs it: JSON on stdout, reasons on stderr, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '@kg/embedded-neo4j';

const kg = join(findRepoRoot(), 'packages', 'extractor', 'bin', 'kg.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [kg, 'extract', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('kg extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'a.html'), '<html><head><script>var ad=1;</script></head><body><h1>Talks</h1><p>President Vladimir Putin met Recep Tayyip Erdogan in Ankara &amp; Sochi.</p></body></html>');

  it('prints the contract for an HTML article and warns on stderr only', () => {
    const r = run(join(dir, 'a.html'), '--json', '--published', '2017-12-11');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: { file: string; published: string; entities: { id: string; type: string }[] }[] };
    expect(out.documents).toHaveLength(1);
    expect(out.documents[0]!.published).toBe('2017-12-11');
    expect(out.documents[0]!.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['vladimir-putin', 'recep-tayyip-erdogan', 'ankara']));
    expect(r.stdout).not.toMatch(/var ad/);
  });

  it('exits non-zero with reasons and no stack trace when nothing could be read', () => {
    const r = run(join(dir, 'empty'), join(dir, 'missing.txt'), '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ documents: [] });
    expect(r.stderr).toMatch(/no articles/);
    expect(r.stderr).toMatch(/no such file/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a malformed --published', () => {
    const r = run(join(dir, 'a.html'), '--published', '11/12/2017');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
  });
});
