/**
 * `pnpm eval`: the extractor's quality on every gold set in ../shared/eval/gold/, scored by the
 * shared score.mjs exactly as the CLI's `kg extract --json` would be; exits 1 when a figure is
 * below its floor in eval-floors.json, 2 when the shared eval folder is not there (no silent
 * pass). `--ratchet` lifts the floors to today's figures (never lowers one); `--verbose` prints
 * every miss; `--set NAME` scores one set. KG_SHARED_DIR and KG_EVAL_FLOORS point elsewhere (tests).
 *
 * The texts of sets other than the seeds and all gold stay in ../shared (third-party copyright).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { extractPaths, toContract } from '@kg/extractor';
import { breaches, ratchet, type Floors, type SetFigures } from './eval-floors';

const { values: args } = parseArgs({
  options: { verbose: { type: 'boolean' }, ratchet: { type: 'boolean' }, set: { type: 'string' } },
});

const repoRoot = findRepoRoot();
const sharedDir = resolve(process.env.KG_SHARED_DIR ?? join(repoRoot, '..', 'shared'));
const evalDir = join(sharedDir, 'eval');
const scorer = join(evalDir, 'score.mjs');
const goldDir = join(evalDir, 'gold');
const floorsFile = resolve(process.env.KG_EVAL_FLOORS ?? join(repoRoot, 'scripts', 'eval-floors.json'));

function fail(code: number, message: string): never {
  process.stderr.write(`pnpm eval: ${message}\n`);
  process.exit(code);
}

if (!existsSync(scorer) || !existsSync(goldDir)) {
  fail(2, `the shared eval folder is missing: expected ${scorer} and ${goldDir}/. ` +
    'Put the shared folder beside the checkout (../shared) or set KG_SHARED_DIR to it; nothing was scored.');
}

const sets = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => basename(f, '.gold.json'))
  .filter((s) => !args.set || s === args.set)
  .sort();
if (sets.length === 0) fail(2, `no gold set${args.set ? ` named "${args.set}"` : ''} in ${goldDir}; nothing was scored.`);

/** Where a set's texts are: the project's own copy of the seeds, else ../shared/eval/<set>/. */
const textsOf = (set: string): string => (set === 'seeds' ? join(repoRoot, 'seeds') : join(evalDir, set));

interface Scored { readonly set: string; readonly docs: number; readonly figures: SetFigures; readonly raw: ScoreJson }
interface Prf { readonly precision: number | null; readonly recall: number | null; readonly f1: number }
interface ScoreJson {
  readonly entity: Prf & { readonly wrongMerges: number; readonly missedMerges: number; readonly typeAccuracy: number | null };
  readonly event: Prf & { readonly locationAccuracy: number | null; readonly dateAccuracy: number | null };
  readonly triple: Prf;
  readonly provenance: number | null;
  readonly crossArticleIdentity: number | null;
}

function runScorer(gold: string, extraction: string, texts: string, extra: string[]): string {
  const run = spawnSync(process.execPath, [scorer, gold, extraction, '--texts', texts, ...extra], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) fail(2, `score.mjs failed on ${gold}: ${run.stderr.trim() || `exit ${run.status}`}`);
  return run.stdout;
}

async function score(set: string, work: string): Promise<Scored> {
  const texts = textsOf(set);
  if (!existsSync(texts)) fail(2, `the texts of gold set "${set}" are missing: expected the folder ${texts}; nothing was scored.`);
  const gold = join(goldDir, `${set}.gold.json`);
  // Only the articles the gold annotates, in its order (a folder may hold notes such as SOURCES.md).
  const files = (JSON.parse(readFileSync(gold, 'utf8')) as { documents: { file: string }[] }).documents.map((d) => join(texts, basename(d.file)));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) fail(2, `gold set "${set}" annotates articles that are not in ${texts}: ${missing.map((f) => basename(f)).join(', ')}`);
  const { results } = await extractPaths(files);
  const extraction = join(work, `${set}.json`);
  writeFileSync(extraction, JSON.stringify(toContract(results)));
  if (args.verbose) process.stdout.write(`\n── ${set}: every miss ──\n${runScorer(gold, extraction, texts, ['--verbose'])}`);
  const raw = JSON.parse(runScorer(gold, extraction, texts, ['--json'])) as ScoreJson;
  const figures: SetFigures = {
    entityF1: raw.entity.f1,
    eventF1: raw.event.f1,
    tripleF1: raw.triple.f1,
    location: raw.event.locationAccuracy,
    date: raw.event.dateAccuracy,
    provenance: raw.provenance,
    identity: raw.crossArticleIdentity,
    wrongMerges: raw.entity.wrongMerges,
  };
  return { set, docs: results.length, figures, raw };
}

const num = (x: number | null | undefined): string => (x == null ? '  n/a' : x.toFixed(3));
const prf = (p: Prf): string => `${num(p.precision)} ${num(p.recall)} ${num(p.f1)}`;

function printTable(rows: readonly Scored[]): void {
  const group = (name: string): string => `│ ${name.padEnd(7)}P     R     F1   `;
  process.stdout.write(`\n${['set'.padEnd(8), 'docs', group('entity'), group('event'), group('triple'), '│ loc ', ' date', ' prov', 'ident', 'wrong merges'].join('  ')}\n`);
  for (const { set, docs, raw } of rows) {
    process.stdout.write(`${[set.padEnd(8), String(docs).padStart(4), `│ ${' '.repeat(7)}${prf(raw.entity)}`, `│ ${' '.repeat(7)}${prf(raw.event)}`, `│ ${' '.repeat(7)}${prf(raw.triple)}`,
      `│ ${num(raw.event.locationAccuracy)}`, num(raw.event.dateAccuracy), num(raw.provenance), num(raw.crossArticleIdentity),
      String(raw.entity.wrongMerges).padStart(6)].join('  ')}\n`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'kg-eval-'));
try {
  const rows: Scored[] = [];
  for (const set of sets) rows.push(await score(set, work));
  printTable(rows);

  let floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Floors;
  const below = rows.flatMap((r) => breaches(r.set, r.figures, floors));
  for (const r of rows) if (!floors[r.set]) process.stdout.write(`\nnote: gold set "${r.set}" has no floors in scripts/eval-floors.json (not judged)\n`);
  if (below.length > 0) {
    process.stdout.write(`\nBELOW THE FLOOR (scripts/eval-floors.json; floors never go down — fix the extractor):\n`);
    for (const b of below) process.stdout.write(`  ${b.set} ${b.figure}: ${num(b.value)} (floor ${b.floor})\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`\nall figures at or above their floors (scripts/eval-floors.json)\n`);
    if (args.ratchet) {
      for (const r of rows) floors = ratchet(r.set, r.figures, floors);
      writeFileSync(floorsFile, `${JSON.stringify(floors, null, 2)}\n`);
      process.stdout.write('floors ratcheted up to these figures\n');
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
