/**
 * `kg reextract`: every article stored in the graph, read again by the current extractor and
 * written back with the analysts' decisions re-applied (merges by entity id, splits by form,
 * event overrides by sentence span + trigger). Reports per article what was re-applied and
 * what needs a person's review (corrections whose event the new reading no longer yields).
 */
import type { Driver } from 'neo4j-driver';
import { LABEL, type ReapplyReport } from '@kg/model';
import { createExtractContext, rememberEntities } from '../context';
import { extractDocument } from '../extract-document';
import { applyDecisions, needsReview } from '../curation/apply-decisions';
import { readDecisions } from './curation-decisions';
import { toGraphError } from './errors';
import type { ExtractFn } from '../parallel/extract-pool';
import { loadKnownEntities } from './known-entities';
import { writeDocument } from './write-batch';

export interface ReextractSummary {
  readonly articles: number;
  readonly reports: readonly ReapplyReport[];
  /** Articles with something a person should look at again. */
  readonly needsReview: readonly ReapplyReport[];
  readonly failed: readonly { readonly file: string; readonly reason: string }[];
}

const STORED_ARTICLES = `
MATCH (d:${LABEL.Document})
RETURN d.id AS id, d.file AS file, d.title AS title, d.published AS published, d.text AS text
ORDER BY d.file, d.id`;

export async function reextractCorpus(
  driver: Driver,
  options: { extract?: ExtractFn; onArticle?: (report: ReapplyReport) => void } = {},
): Promise<ReextractSummary> {
  const extract = options.extract ?? extractDocument;
  let stored;
  let known;
  try {
    stored = (await driver.executeQuery(STORED_ARTICLES, {}, { routing: 'READ' })).records;
    known = await loadKnownEntities(driver);
  } catch (error) {
    throw toGraphError(error);
  }
  const ctx = createExtractContext({ knownEntities: known });
  const reports: ReapplyReport[] = [];
  const failed: { file: string; reason: string }[] = [];
  for (const row of stored) {
    const file = row.get('file') as string;
    try {
      const reading = extract({ file, text: row.get('text') as string, title: row.get('title') as string | null, published: row.get('published') as string | null }, ctx);
      rememberEntities(ctx, reading);
      const session = driver.session({ defaultAccessMode: 'READ' });
      const decisions = await session.executeRead((tx) => readDecisions(tx, [reading.documentId])).finally(() => session.close());
      const { result, report } = applyDecisions(reading, decisions);
      // The writer applies the same decisions again inside its transaction (idempotent).
      await writeDocument(driver, result);
      reports.push(report);
      options.onArticle?.(report);
    } catch (error) {
      failed.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { articles: stored.length, reports, needsReview: reports.filter(needsReview), failed };
}
