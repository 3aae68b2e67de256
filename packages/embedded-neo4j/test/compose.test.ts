/**
 * docker-compose.yml must be valid for people who use Docker. Validated with `docker compose`
 * where that plugin exists, else with the standalone `docker-compose`; neither needs an engine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '../src';

function composeValidator(): string[] | null {
  if (spawnSync('docker', ['compose', 'version']).status === 0) return ['docker', 'compose'];
  if (spawnSync('docker-compose', ['version']).status === 0) return ['docker-compose'];
  return null;
}

const validator = composeValidator();
const repoRoot = findRepoRoot();

function validate(file: string) {
  const [command, ...args] = validator!;
  return spawnSync(command!, [...args, '-f', file, 'config', '-q'], { encoding: 'utf8', cwd: repoRoot });
}

it('docker-compose.yml passes `compose config`, and a broken copy does not', () => {
  if (!validator) {
    console.log('docker-compose.yml not validated: neither `docker compose` nor `docker-compose` is installed (apt-get install docker-compose).');
    return;
  }
  const result = validate(join(repoRoot, 'docker-compose.yml'));
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);

  const dir = mkdtempSync(join(tmpdir(), 'kg-compose-'));
  try {
    const broken = readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8').replace('condition: service_healthy', 'condition: [not, valid]');
    writeFileSync(join(dir, 'docker-compose.yml'), broken);
    expect(validate(join(dir, 'docker-compose.yml')).status).not.toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('runs Neo4j 5.26 with a healthcheck and a named volume, and the app waits for it to be healthy', () => {
  const text = readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8');
  expect(text).toMatch(/image: neo4j:5\.26/);
  expect(text).toMatch(/healthcheck:/);
  expect(text).toMatch(/condition: service_healthy/);
  expect(text).toMatch(/- neo4j-data:\/data/);
});
