/** The whole pure pipeline for one article. (Stub: the entity stages are being assembled.) */
import type { DocumentResult, RawArticle } from '@kg/model';
import type { ExtractContext } from './context';

export function extractDocument(raw: RawArticle, ctx: ExtractContext): DocumentResult {
  void ctx;
  throw new Error(`extractDocument is not implemented yet (${raw.file})`);
}
