import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under `dir` (node_modules and dist excluded). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds packages/explorer with Vite when dist/ is missing or older than its sources; returns dist/. */
export function ensureExplorerBuilt(repoRoot: string, log: (line: string) => void): string {
  const explorer = join(repoRoot, 'packages', 'explorer');
  const dist = join(explorer, 'dist');
  const index = join(dist, 'index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < newestMtime(join(explorer, 'src'));
  if (stale) {
    log('Building the explorer (vite build) …');
    const build = spawnSync('pnpm', ['--filter', '@kg/explorer', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('building the explorer failed; run `pnpm --filter @kg/explorer build` to see why.');
  }
  return dist;
}
