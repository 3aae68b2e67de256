/**
 * `kg ingest` as a user runs it: a spawned process, the test database through NEO4J_URI,
 * bad input on disk. Asserts the messages a user reads and the exit codes scripts read.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useCleanDatabase } from '@kg/testing';
import { findFreePort, findRepoRoot } from '@kg/embedded-neo4j';

const db = useCleanDatabase();
const root = findRepoRoot();
const seed = join(root, 'seeds', '003_6878ee9bf43401a2.txt');
let dir: string;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function kg(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'packages/extractor/bin/kg.mjs'), 'ingest', ...args],
      { cwd: root, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024, timeout: 180_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ingest-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0x41]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in D\xe9ir ez-Zor\n', 'latin1'));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'Putin withdrew troops from Syria. '));
  mkdirSync(join(dir, 'no-articles'));
  writeFileSync(join(dir, 'no-articles', 'table.csv'), 'a,b\n1,2\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg ingest', () => {
  it('skips empty, binary, non-UTF-8 and 20 MB files with a reason each, and exits 1 when nothing is left', async () => {
    const files = ['empty.txt', 'binary.txt', 'latin1.txt', 'huge.txt'].map((f) => join(dir, f));
    const run = await kg(files);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Ingested 0 articles');
    expect(run.stdout).toContain('Skipped 4 files');
    expect(run.stdout).toMatch(/empty\.txt: .*empty/);
    expect(run.stdout).toMatch(/binary\.txt: .*binary/);
    expect(run.stdout).toMatch(/latin1\.txt: .*UTF-8/);
    expect(run.stdout).toMatch(/huge\.txt: .*limit/);
    const docs = await db().executeQuery('MATCH (d:Document) RETURN count(d) AS n');
    expect(docs.records[0]!.get('n')).toBe(0);
  }, 200_000);

  it('says a folder holds no articles and exits 1', async () => {
    const run = await kg([join(dir, 'no-articles')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/no-articles: no articles/);
  }, 200_000);

  it('writes a good article next to a bad one, exits 0 and lists the skipped file', async () => {
    const run = await kg([seed, join(dir, 'empty.txt')]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Ingested 1 article into');
    expect(run.stdout).toMatch(/Skipped 1 file:\n {2}- .*empty\.txt/);
    const { records } = await db().executeQuery(
      'MATCH (d:Document) RETURN d.file AS file, count { (d)<-[:REPORTED_IN]-(:Event) } AS events, size(d.text) AS chars',
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.get('file')).toMatch(/003_6878ee9bf43401a2\.txt$/);
    expect(records[0]!.get('chars')).toBeGreaterThan(1000);
    expect(records[0]!.get('events')).toBeGreaterThan(0);
  }, 200_000);

  it('reports an unreachable Neo4j in one clear line, without a stack trace, and exits 1', async () => {
    const port = await findFreePort();
    const run = await kg([seed], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Cannot reach Neo4j at bolt://127.0.0.1:${port}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 200_000);

  it('shows what a dry run would write without needing Neo4j', async () => {
    const port = await findFreePort();
    const run = await kg(['--dry-run', seed], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Dry run, nothing written: 1 article would give \d+ entities and \d+ events/);
    expect(run.stdout).toMatch(/003_6878ee9bf43401a2\.txt .*\d+ entities in \d+ mentions, \d+ events/);
  }, 200_000);
});
