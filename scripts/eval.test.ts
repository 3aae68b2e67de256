/**
 * `pnpm eval` end to end: it refuses to pass silently without the shared eval folder, and it
 * judges a gold set against its floors (a tiny set written here, scored by the real score.mjs).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '@kg/embedded-neo4j';

const repoRoot = findRepoRoot();
const realScorer = join(repoRoot, '..', 'shared', 'eval', 'score.mjs');
const work = mkdtempSync(join(tmpdir(), 'kg-eval-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runEval(env: Record<string, string>): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/eval.ts')], {
    cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** A shared folder with one gold set "mini" of one article, scored by the real score.mjs. */
function miniShared(): string {
  if (!existsSync(realScorer)) throw new Error(`this test needs the shared scorer at ${realScorer} (the shared folder beside the checkout)`);
  const shared = join(work, 'shared');
  mkdirSync(join(shared, 'eval', 'gold'), { recursive: true });
  mkdirSync(join(shared, 'eval', 'mini'), { recursive: true });
  copyFileSync(realScorer, join(shared, 'eval', 'score.mjs'));
  const sentence = 'Chilean police arrested the mayor of Valparaiso on Friday.';
  writeFileSync(join(shared, 'eval', 'mini', 'm1.txt'), `Mayor arrested\n\n${sentence}\n`);
  writeFileSync(join(shared, 'eval', 'gold', 'mini.gold.json'), JSON.stringify({
    documents: [{
      file: 'm1.txt',
      entities: [
        { name: 'Chile', type: 'COUNTRY', aliases: ['Chilean'] },
        { name: 'Valparaiso', type: 'LOCATION', aliases: [] },
      ],
      events: [{ types: ['17'], agents: ['Chile'], targets: [], location: null, date: null, evidence: sentence }],
    }],
  }));
  return shared;
}

describe('pnpm eval', () => {
  it('says the shared eval folder is missing and exits 2, scoring nothing', () => {
    const { status, out } = runEval({ KG_SHARED_DIR: join(work, 'nowhere') });
    expect(status).toBe(2);
    expect(out).toMatch(/shared eval folder is missing/);
    expect(out).not.toMatch(/BELOW THE FLOOR|at or above/);
  });

  it('prints the set and fails when a figure is under its floor, passes when all are at or above', () => {
    const shared = miniShared();
    const unreachable = join(work, 'floors-high.json');
    writeFileSync(unreachable, JSON.stringify({ mini: { entityF1: 1.5 } }));
    const failing = runEval({ KG_SHARED_DIR: shared, KG_EVAL_FLOORS: unreachable });
    expect(failing.out).toMatch(/^mini\s+1\s/m);
    expect(failing.out).toMatch(/mini entityF1: [0-9.]+ \(floor 1\.5\)/);
    expect(failing.status).toBe(1);

    const reachable = join(work, 'floors-zero.json');
    writeFileSync(reachable, JSON.stringify({ mini: { entityF1: 0, provenance: 0 } }));
    const passing = runEval({ KG_SHARED_DIR: shared, KG_EVAL_FLOORS: reachable });
    expect(passing.out).toMatch(/all figures at or above their floors/);
    expect(passing.status).toBe(0);
  });
});
