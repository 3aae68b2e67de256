/**
 * The curation API. Reads are open; every write needs an editor's token, runs as ONE Neo4j
 * transaction together with its change-log entry, and clears the network cache.
 *
 *   POST  /api/entities/:id/merge {into, note?}            SAME_AS decision (undo = revert)
 *   POST  /api/entities/:id/split {forms, to | toName+toType, note?}
 *   GET   /api/suggestions?limit=                         likely duplicates, with evidence
 *   POST  /api/suggestions/dismiss {a, b, note?}
 *   PATCH /api/events/:id {version, type?, agents?, targets?, location?, date?, note?}
 *   POST  /api/events/:id/reject {version, note?}  ·  POST /api/events/:id/restore {version, note?}
 *   POST  /api/events {documentId, start, end, trigger?, type, agents, targets?, location?, date?, note?}
 *   GET   /api/changes?author=&from=&to=&kind=&limit=     the append-only log
 *   POST  /api/changes/:id/revert {note?}
 *   GET   /api/corrections/export                         corrections in the extraction contract
 */
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { CAMEO_ROOTS, CHANGE_KINDS, ENTITY_TYPES, type CameoCode } from '@kg/model';
import { principalOf } from '../auth/authenticate';
import { toCypherParams } from '../neo4j/cypher-params';
import { intParam, isoDay, nodeIdParam, parseWith } from '../validation/parse-request';
import { LIST_CHANGES } from './change-log';
import { mergeEntities } from './entity-merge';
import { splitEntity } from './entity-split';
import { addEvent, correctEvent } from './event-corrections';
import { exportCorrections } from './export-corrections';
import { revertChange } from './revert-change';
import { dismissSuggestion, listSuggestions } from './suggestions';
import { inWriteTransaction } from './write-transaction';

const CAMEO_CODES = CAMEO_ROOTS.map((r) => r.code) as [CameoCode, ...CameoCode[]];
const cameoType = z.string().transform((value, ctx) => {
  const padded = /^\d$/.test(value) ? `0${value}` : value;
  if ((CAMEO_CODES as string[]).includes(padded)) return padded as CameoCode;
  ctx.addIssue({ code: 'custom', message: `unknown event type ${JSON.stringify(value)}; allowed: ${CAMEO_ROOTS.map((r) => `${r.code} (${r.name})`).join(', ')}` });
  return z.NEVER;
});
const note = z.string().trim().max(2_000).nullish();
const ids = z.array(nodeIdParam).max(50);
const version = z.number({ message: 'version is required: send the version of the event you read' }).int().min(0);

const MergeBody = z.object({ into: nodeIdParam, note });
const SplitBody = z.object({
  forms: z.array(z.string().min(1).max(300)).min(1).max(50),
  to: nodeIdParam.optional(),
  toName: z.string().trim().min(1).max(300).optional(),
  toType: z.enum(ENTITY_TYPES, { message: `toType must be one of ${ENTITY_TYPES.join(', ')}` }).optional(),
  note,
});
const CorrectBody = z.object({
  version, type: cameoType.optional(), agents: ids.optional(), targets: ids.optional(),
  location: nodeIdParam.nullable().optional(), date: isoDay.nullable().optional(), note,
}).strict();
const RejectBody = z.object({ version, note }).strict();
const AddBody = z.object({
  documentId: nodeIdParam, start: z.number().int().min(0), end: z.number().int().min(1), trigger: z.string().max(100).optional(),
  type: cameoType, agents: ids.min(1, 'an event needs at least one agent'), targets: ids.default([]),
  location: nodeIdParam.nullable().default(null), date: isoDay.nullable().default(null), note,
}).strict();
const DismissBody = z.object({ a: nodeIdParam, b: nodeIdParam, note });
const RevertBody = z.object({ note }).default({});
const ChangesQuery = z.object({
  author: z.string().max(64).optional(),
  from: z.string().datetime({ offset: true }).or(isoDay).optional(),
  to: z.string().datetime({ offset: true }).or(isoDay).optional(),
  kind: z.enum(CHANGE_KINDS).optional(),
  limit: intParam(1, 5_000, 500),
});

/** A day as an upper bound means the whole day. */
const upTo = (to: string | undefined) => (to && /^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : to ?? null);

export function createCurationRouter(driver: Driver, editor: RequestHandler, onWritten: () => void): Router {
  const router = Router();
  const write = <T>(work: Parameters<typeof inWriteTransaction<T>>[1]) => inWriteTransaction(driver, work).then((out) => {
    onWritten();
    return out;
  });

  router.post('/entities/:id/merge', editor, async (req, res) => {
    const body = parseWith(MergeBody, req.body ?? {}, 'merge');
    const change = await write((tx) => mergeEntities(tx, principalOf(res), String(req.params.id), body.into, body.note ?? null));
    res.status(201).json({ change });
  });

  router.post('/entities/:id/split', editor, async (req, res) => {
    const body = parseWith(SplitBody, req.body ?? {}, 'split');
    const out = await write((tx) => splitEntity(tx, principalOf(res), String(req.params.id), body));
    res.status(201).json(out);
  });

  router.get('/suggestions', async (req, res) => {
    const { limit } = parseWith(z.object({ limit: intParam(1, 1_000, 100) }), req.query, 'suggestion parameters');
    res.json({ suggestions: await listSuggestions(driver, limit) });
  });

  router.post('/suggestions/dismiss', editor, async (req, res) => {
    const body = parseWith(DismissBody, req.body ?? {}, 'dismissal');
    const change = await write((tx) => dismissSuggestion(tx, principalOf(res), body.a, body.b, body.note ?? null));
    res.status(201).json({ change });
  });

  router.patch('/events/:id', editor, async (req, res) => {
    const body = parseWith(CorrectBody, req.body ?? {}, 'event correction');
    res.json(await write((tx) => correctEvent(tx, principalOf(res), String(req.params.id), body)));
  });

  for (const [path, rejected] of [['reject', true], ['restore', false]] as const) {
    router.post(`/events/:id/${path}`, editor, async (req, res) => {
      const body = parseWith(RejectBody, req.body ?? {}, path);
      res.json(await write((tx) => correctEvent(tx, principalOf(res), String(req.params.id), { ...body, rejected })));
    });
  }

  router.post('/events', editor, async (req, res) => {
    const body = parseWith(AddBody, req.body ?? {}, 'new event');
    res.status(201).json(await write((tx) => addEvent(tx, principalOf(res), body)));
  });

  router.get('/changes', async (req, res) => {
    const q = parseWith(ChangesQuery, req.query, 'change-log parameters');
    const { records } = await driver.executeQuery(LIST_CHANGES, toCypherParams({
      author: q.author ?? null, from: q.from ?? null, to: upTo(q.to), kind: q.kind ?? null, limit: q.limit,
    }) as Record<string, unknown>, { routing: 'READ' });
    res.json({ changes: records.map((r) => ({ ...(r.get('change') as object), revertedBy: r.get('revertedBy') ?? null })) });
  });

  router.post('/changes/:id/revert', editor, async (req, res) => {
    const body = parseWith(RevertBody, req.body ?? {}, 'revert');
    res.status(201).json({ change: await write((tx) => revertChange(tx, principalOf(res), String(req.params.id), body.note ?? null)) });
  });

  router.get('/corrections/export', async (_req, res) => {
    res.json(await exportCorrections(driver));
  });
  return router;
}
