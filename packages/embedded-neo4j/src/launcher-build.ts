import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedNeo4jError } from './errors';
import type { LauncherPaths } from './paths';

const MIN_JAVA_MAJOR = 17;

/** Fails with one line that says what to install when `java` is absent or too old. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (probe.error) {
    throw new EmbeddedNeo4jError(
      'JAVA_MISSING',
      `Java ${MIN_JAVA_MAJOR}+ is needed for the embedded Neo4j but 'java' was not found: install it (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to a Neo4j you run yourself.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (Number.isFinite(major) && major < MIN_JAVA_MAJOR) {
    throw new EmbeddedNeo4jError(
      'JAVA_TOO_OLD',
      `Java ${major} was found; the embedded Neo4j 5.26 needs Java ${MIN_JAVA_MAJOR}+: install a newer JDK or set NEO4J_URI.`,
    );
  }
}

/** True when the launcher's class and its jars are in place and newer than the source. */
export function isLauncherBuilt(paths: LauncherPaths): boolean {
  const classFile = join(paths.classesDir, 'kg', 'neo4j', 'EmbeddedNeo4j.class');
  if (!existsSync(classFile) || !existsSync(paths.libDir)) return false;
  if (!readdirSync(paths.libDir).some((name) => name.startsWith('neo4j-kernel'))) return false;
  return statSync(classFile).mtimeMs >= statSync(paths.source).mtimeMs;
}

/**
 * Builds the launcher with Maven when needed. Only the first build reaches Maven Central;
 * the jars are kept in target/lib and the Maven repository in .cache/m2 (both git-ignored).
 */
export function ensureLauncherBuilt(paths: LauncherPaths, log: (line: string) => void): void {
  checkJava();
  if (isLauncherBuilt(paths)) return;
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new EmbeddedNeo4jError(
      'MAVEN_MISSING',
      "Maven is needed once to fetch Neo4j for the embedded launcher but 'mvn' was not found: install it (Debian: apt-get install maven) or set NEO4J_URI.",
    );
  }
  log('Building the embedded Neo4j launcher (first run fetches Neo4j 5.26 from Maven Central)…');
  const build = spawnSync(
    'mvn',
    ['-B', '-q', `-Dmaven.repo.local=${paths.mavenRepo}`, 'package', '-DskipTests'],
    { cwd: paths.projectDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (build.status !== 0) {
    const tail = `${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-5).join(' | ');
    throw new EmbeddedNeo4jError(
      'BUILD_FAILED',
      `Building tools/neo4j-embedded failed (mvn exit ${build.status}): ${tail}. Check network access to Maven Central, then retry.`,
    );
  }
}
