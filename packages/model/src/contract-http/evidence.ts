/**
 * The evidence behind what the explorer draws: events with their roles, both clocks and the
 * sentences that report them. GET /api/edges/evidence and GET /api/nodes/:id/evidence.
 */
import { z } from 'zod';
import { Clock, NetworkEdgeKind } from './network';

export const EvidenceReport = z.object({
  sentence: z.string(),
  documentId: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  file: z.string().nullable(),
});
export type EvidenceReport = z.infer<typeof EvidenceReport>;

export const EvidenceActor = z.object({ id: z.string(), name: z.string() });

export const EventEvidence = z.object({
  id: z.string(),
  cameo: z.string(),
  cameoName: z.string(),
  quadClass: z.number().int().min(1).max(4).nullable(),
  label: z.string(),
  /** The day the text gives (null when it gives none). */
  date: z.string().nullable(),
  dateSource: z.string().nullable(),
  /** The earliest publication day of the articles reporting it. */
  reported: z.string().nullable(),
  sourceCount: z.number().int(),
  agents: z.array(EvidenceActor),
  targets: z.array(EvidenceActor),
  location: EvidenceActor.nullable(),
  /** Up to three reporting sentences, earliest article first. */
  reports: z.array(EvidenceReport),
});
export type EventEvidence = z.infer<typeof EventEvidence>;

export const EdgeEvidenceQuery = z.object({
  from: z.string().min(1).max(300),
  to: z.string().min(1).max(300),
  kind: NetworkEdgeKind.default('ACTS_ON'),
  rollup: z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1'),
  clock: Clock.default('event'),
});

export const EdgeEvidenceResponse = z.object({
  from: z.string(),
  to: z.string(),
  kind: NetworkEdgeKind,
  rollup: z.boolean(),
  /** Every event counted on the edge (the edge's `count` is `events.length`). */
  events: z.array(EventEvidence),
});
export type EdgeEvidenceResponse = z.infer<typeof EdgeEvidenceResponse>;

export const NodeEvidenceResponse = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
  aliases: z.array(z.string()),
  affiliations: z.array(z.object({ id: z.string(), name: z.string(), role: z.string().nullable(), outgoing: z.boolean() })),
  articles: z.number().int(),
  events: z.array(EventEvidence),
  /** Set when more events exist than were sent. */
  truncated: z.boolean(),
});
export type NodeEvidenceResponse = z.infer<typeof NodeEvidenceResponse>;
