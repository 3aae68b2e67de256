/**
 * The pipeline over files: read every article the paths name, extract each one with a context
 * that grows from article to article (so "Putin" in a later article joins "Vladimir Putin"),
 * and report what was skipped and why. Used by `kg extract` and by `pnpm eval`, so both score
 * exactly what the CLI prints.
 */
import type { DocumentResult } from '@kg/model';
import { createExtractContext, rememberEntities } from './context';
import { extractDocument } from './extract-document';
import { DEFAULT_MAX_BYTES, readArticles } from './read-articles';

export interface ExtractPathsOptions {
  readonly published?: string | null;
  readonly maxBytes?: number;
  /** Called for every warning and every skipped input, as one line of text. */
  readonly onMessage?: (line: string) => void;
  /** Called with the stack of an extraction failure (the CLI prints it with --debug). */
  readonly onFailure?: (err: Error) => void;
}

export interface ExtractPathsOutcome {
  readonly results: DocumentResult[];
  readonly skipped: number;
}

export async function extractPaths(paths: readonly string[], opts: ExtractPathsOptions = {}): Promise<ExtractPathsOutcome> {
  const say = opts.onMessage ?? (() => {});
  const ctx = createExtractContext();
  for (const w of ctx.warnings) say(`warning: ${w}`);
  const results: DocumentResult[] = [];
  let skipped = 0;
  for await (const outcome of readArticles(paths, { published: opts.published ?? null, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES })) {
    if (!outcome.ok) { skipped++; say(`skipped ${outcome.file}: ${outcome.reason}`); continue; }
    try {
      const result = extractDocument(outcome.article, ctx);
      rememberEntities(ctx, result);
      results.push(result);
      for (const w of result.warnings) say(`warning: ${w}`);
    } catch (err) {
      skipped++;
      say(`skipped ${outcome.article.file}: extraction failed (${(err as Error).message})`);
      opts.onFailure?.(err as Error);
    }
  }
  return { results, skipped };
}
