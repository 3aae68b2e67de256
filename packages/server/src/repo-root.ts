/** The repository root (the folder holding pnpm-workspace.yaml), for files the server loads by path. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function repoRoot(from: string = process.cwd()): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no pnpm-workspace.yaml above ${from}; start the server from inside the repository`);
    dir = up;
  }
}
