import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The folder holding pnpm-workspace.yaml, found by walking up from `from`. */
export function findRepoRoot(from: string = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${from}; run from inside the repository`);
    dir = parent;
  }
}

export interface LauncherPaths {
  readonly projectDir: string;
  readonly source: string;
  readonly classesDir: string;
  readonly libDir: string;
  /** Maven's local repository, inside the git-ignored .cache so later starts need no network. */
  readonly mavenRepo: string;
}

export function launcherPaths(repoRoot: string): LauncherPaths {
  const projectDir = join(repoRoot, 'tools', 'neo4j-embedded');
  return {
    projectDir,
    source: join(projectDir, 'src', 'main', 'java', 'kg', 'neo4j', 'EmbeddedNeo4j.java'),
    classesDir: join(projectDir, 'target', 'classes'),
    libDir: join(projectDir, 'target', 'lib'),
    mavenRepo: join(repoRoot, '.cache', 'm2'),
  };
}

/** Default data folder of `pnpm start` and `pnpm neo4j:start`; survives restarts. */
export function defaultDataDir(repoRoot: string): string {
  return join(repoRoot, 'data', 'neo4j');
}
