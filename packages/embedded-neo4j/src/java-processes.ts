import { execFileSync } from 'node:child_process';

/** Java processes whose command line mentions `marker` (a data folder): orphans if any remain. */
export function javaProcessesMentioning(marker: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes('kg.neo4j.EmbeddedNeo4j') && line.includes(marker));
}
