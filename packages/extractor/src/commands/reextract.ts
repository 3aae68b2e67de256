/**
 * `kg reextract [--json]`: re-extract the whole stored corpus with the current extractor and
 * re-apply the analysts' corrections. Prints what was re-applied and what needs review.
 * Exit codes: 0 done, 1 Neo4j unreachable or nothing stored, 2 some articles failed.
 */
import type { Command } from 'commander';
import type { ReapplyReport } from '@kg/model';
import { isGraphError, openGraph, reextractCorpus, type ReextractSummary } from '../neo4j';

const count = (reports: readonly ReapplyReport[], pick: (r: ReapplyReport) => readonly string[]) =>
  reports.reduce((n, r) => n + pick(r).length, 0);

export function formatReextractSummary(summary: ReextractSummary): string {
  const r = summary.reports;
  const lines = [
    `Re-extracted ${summary.articles} article(s). Re-applied: ${count(r, (x) => x.merged)} merged entit(ies), ` +
      `${count(r, (x) => x.split)} split form(s), ${count(r, (x) => x.overridden)} event override(s).`,
  ];
  if (summary.needsReview.length === 0) lines.push('Nothing needs review.');
  else lines.push(`Needs review (${summary.needsReview.length} article(s)):`);
  for (const report of summary.needsReview) {
    for (const id of report.becameUserAdded) lines.push(`  - ${report.file}: event ${id} is no longer extracted; kept as a user-added event`);
    for (const id of report.rejectionsWithoutEvent) lines.push(`  - ${report.file}: rejected event ${id} is no longer extracted; the rejection has nothing to hide`);
  }
  for (const f of summary.failed) lines.push(`  ! ${f.file}: ${f.reason}`);
  return lines.join('\n');
}

export function registerReextractCommand(program: Command): void {
  program
    .command('reextract')
    .description('Re-extract every stored article with the current extractor and re-apply the analysts’ corrections')
    .option('--json', 'print the per-article report as JSON')
    .action(async (flags: { json?: boolean }) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      let graph: Awaited<ReturnType<typeof openGraph>> | null = null;
      try {
        graph = await openGraph({ log });
        const summary = await reextractCorpus(graph.driver);
        process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatReextractSummary(summary)}\n`);
        process.exitCode = summary.articles === 0 ? 1 : summary.failed.length > 0 ? 2 : 0;
      } catch (error) {
        log(`kg reextract: ${isGraphError(error) ? error.message : `unexpected error: ${(error as Error).message}`}`);
        process.exitCode = 1;
      } finally {
        await graph?.close();
      }
    });
}
