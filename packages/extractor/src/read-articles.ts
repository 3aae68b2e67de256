/** The reading edge: files, folders, globs and stdin → RawArticle, streamed. (Stub.) */
import type { RawArticle } from '@kg/model';

export interface ReadArticlesOptions {
  /** ISO day applied to articles that carry no date of their own. */
  readonly published?: string | null;
  /** Files larger than this are skipped with a warning (default 5 MB). */
  readonly maxBytes?: number;
}

export type ReadOutcome = { readonly ok: true; readonly article: RawArticle } | { readonly ok: false; readonly file: string; readonly reason: string };

export async function* readArticles(paths: readonly string[], options: ReadArticlesOptions = {}): AsyncGenerator<ReadOutcome> {
  void options;
  for (const file of paths) yield { ok: false, file, reason: 'reading is not implemented yet' };
}
