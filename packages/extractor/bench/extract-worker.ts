/**
 * One worker of `pnpm bench:extract`'s parallel run: extracts every `stride`-th article of the
 * generated corpus (its own context, so entity ids are per worker) and reports bytes done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractContext, extractDocument, rememberEntities } from '../src';
import { benchCorpus } from './bench-corpus';

const { root, targetBytes, index, stride } = workerData as { root: string; targetBytes: number; index: number; stride: number };
const ctx = createExtractContext();
parentPort!.postMessage({ ready: true });
parentPort!.once('message', () => {
  let bytes = 0;
  let i = 0;
  for (const a of benchCorpus(root, targetBytes)) {
    if (i++ % stride !== index) continue;
    rememberEntities(ctx, extractDocument(a, ctx));
    bytes += Buffer.byteLength(a.text);
  }
  parentPort!.postMessage({ done: true, bytes });
});
