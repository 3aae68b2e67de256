/**
 * One extraction worker of `ingestCorpus`: its own extractor context, seeded with the
 * graph's entities at start, growing with its own articles and with every committed batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractContext, rememberEntities } from '../context';
import { extractDocument } from '../extract-document';
import { rememberEntity } from '../known-entities';
import type { FromWorker, ToWorker, WorkerSetup } from './messages';

const setup = workerData as WorkerSetup;
const ctx = createExtractContext({ knownEntities: setup.knownEntities, ...(setup.gazetteer ? {} : { gazetteer: null }) });
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.kind === 'remember') {
    for (const entity of message.entities) rememberEntity(ctx.known, entity);
    return;
  }
  try {
    const result = extractDocument(message.raw, ctx);
    rememberEntities(ctx, result);
    send({ kind: 'result', seq: message.seq, result });
  } catch (error) {
    send({ kind: 'failed', seq: message.seq, message: error instanceof Error ? error.message : String(error) });
  }
});
send({ kind: 'ready' });
