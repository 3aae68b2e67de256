/**
 * A folder holding `up -> ..` once made `kg extract` read its 505 files 41 times and
 * `kg ingest` never finish: symlinked folders are not followed, and the CLI says so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { readArticles, type ReadOutcome } from '../src/read-articles';

const root = mkdtempSync(join(tmpdir(), 'kg-loop-'));
const corpus = join(root, 'corpus');
mkdirSync(join(corpus, 'inner'), { recursive: true });
writeFileSync(join(corpus, 'one.txt'), 'President Vladimir Putin visited the Hmeimim air base in Syria on Monday.');
writeFileSync(join(corpus, 'inner', 'two.txt'), 'Turkish President Recep Tayyip Erdogan met Putin in Ankara.');
writeFileSync(join(root, 'outside.txt'), 'Iranian President Hassan Rouhani spoke in Tehran.');
symlinkSync('..', join(corpus, 'inner', 'up')); // the loop
symlinkSync(join(root, 'outside.txt'), join(corpus, 'linked.txt')); // a symlinked FILE is still read

it('reads each article once, does not follow the looping folder link and reports it', async () => {
  const outcomes: ReadOutcome[] = [];
  for await (const o of readArticles([corpus])) outcomes.push(o);
  const read = outcomes.flatMap((o) => (o.ok ? [o.article.file] : []));
  expect(read.sort()).toEqual(['linked.txt', 'one.txt', 'two.txt']);
  const refused = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  expect(refused).toEqual([{ ok: false, file: join(corpus, 'inner', 'up'), reason: expect.stringMatching(/symbolic link to a folder.*not followed/) }]);
});

it('kg extract over the loop finishes with the three articles and names the link on stderr', () => {
  const kg = join(findRepoRoot(), 'packages', 'extractor', 'bin', 'kg.mjs');
  const r = spawnSync(process.execPath, [kg, 'extract', corpus, '--json'], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout) as { documents: { file: string }[] };
  expect(out.documents.map((d) => d.file).sort()).toEqual(['linked.txt', 'one.txt', 'two.txt']);
  expect(r.stderr).toMatch(/inner\/up.*symbolic link to a folder.*not followed/);
});
