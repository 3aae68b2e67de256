/** The generated benchmark corpus: seed paragraphs shuffled into articles, one at a time. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function seedParagraphs(root: string): string[] {
  return readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(root, 'seeds', f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 80);
}

/** Deterministic PRNG (mulberry32): every run sees the same corpus. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Articles of 8–16 shuffled seed paragraphs with a dateline, until `targetBytes`. */
export function* benchCorpus(root: string, targetBytes: number): Generator<{ file: string; text: string }> {
  const paragraphs = seedParagraphs(root);
  const rand = prng(42);
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const n = 8 + Math.floor(rand() * 9);
    const body: string[] = [];
    for (let k = 0; k < n; k++) body.push(paragraphs[Math.floor(rand() * paragraphs.length)]!);
    const day = 1 + Math.floor(rand() * 28);
    const text = `Report ${i}\n\n${DAYS[i % 5]}, December ${day}, 2017\n\n${body.join('\n\n')}\n`;
    bytes += Buffer.byteLength(text);
    yield { file: `bench-${i}.txt`, text };
  }
}


/**
 * One long article of `targetBytes` (the size-scaling row): seed paragraphs in a seeded
 * order, hard-wrapped at 72 columns as plain-text books and mail archives are, so names
 * break across lines and every surface form is met again and again.
 */
export function oneLongArticle(root: string, targetBytes: number): { file: string; text: string } {
  const paragraphs = seedParagraphs(root);
  const rand = prng(7);
  const parts = ['Long report\n\nMonday, December 4, 2017\n'];
  let bytes = Buffer.byteLength(parts[0]!);
  while (bytes < targetBytes) {
    const wrapped = wrap(paragraphs[Math.floor(rand() * paragraphs.length)]!, 72);
    parts.push(wrapped);
    bytes += Buffer.byteLength(wrapped) + 2;
  }
  return { file: `long-${targetBytes}.txt`, text: parts.join('\n\n').slice(0, targetBytes) };
}

function wrap(paragraph: string, columns: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/)) {
    if (line && line.length + 1 + word.length > columns) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
