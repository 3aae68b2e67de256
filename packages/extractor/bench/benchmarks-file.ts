/** Writing benchmark figures into BENCHMARKS.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces (or appends) one `## ` section of a markdown file, leaving the others alone. */
export function writeSection(file: string, heading: string, body: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(`${heading}\n`);
  const section = `${heading}\n\n${body}\n`;
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf('\n## ', start + heading.length);
  writeFileSync(file, `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next)}`);
}
