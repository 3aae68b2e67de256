/** DocumentResult[] → the `extract --json` contract of the shared eval GUIDELINES. (Stub.) */
import type { DocumentResult, ExtractionOutput } from '@kg/model';

export function toContract(results: readonly DocumentResult[]): ExtractionOutput {
  void results;
  return { documents: [] };
}
