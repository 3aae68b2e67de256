/**
 * The actor network as the server sends it and the explorer reads it (GET /api/actors/network).
 *
 * Two kinds of edge:
 *  - `ACTS_ON`: directed, agent → target. One per (agent, target) pair and direction; "Russia
 *    fought ISIS" and "ISIS attacked Russia" are two edges.
 *  - `ACTS_WITH`: undirected, two agents of the same event (they acted together). The pair
 *    is stored with `source` < `target` by id.
 * Being named in the same event on no side (co-mention) makes no edge.
 */
import { z } from 'zod';

export const ACTS_ON = 'ACTS_ON';
export const ACTS_WITH = 'ACTS_WITH';
export const NetworkEdgeKind = z.enum([ACTS_ON, ACTS_WITH]);
export type NetworkEdgeKind = z.infer<typeof NetworkEdgeKind>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** How many events of each quad class (1 verbal coop … 4 material conflict). */
export const QuadCounts = z.object({ '1': z.number().int(), '2': z.number().int(), '3': z.number().int(), '4': z.number().int() });
export type QuadCounts = z.infer<typeof QuadCounts>;

export const NetworkEdgeProps = z.object({
  /** Distinct events behind the edge. */
  count: z.number().int().positive(),
  /** Events per CAMEO root code ('19' → 9). */
  cameo: z.record(z.string().regex(/^\d\d$/), z.number().int()),
  quadClasses: QuadCounts,
  /** First and last day of the events on the chosen clock (null when no event has a day). */
  firstDate: IsoDay.nullable(),
  lastDate: IsoDay.nullable(),
  /** Events whose day is their earliest article's publication day (the text gave none). */
  datedByReport: z.number().int(),
  /** Events with no day at all (neither the text nor any article gives one). */
  undated: z.number().int(),
  /** Distinct articles reporting those events. */
  articles: z.number().int(),
  /**
   * Events per (day, CAMEO root): enough for the explorer to recount the edge exactly under
   * any quad-class, CAMEO or time-window filter without asking again.
   */
  tally: z.array(z.object({ day: IsoDay.nullable(), cameo: z.string().regex(/^\d\d$/), events: z.number().int().positive() })),
});
export type Tally = NetworkEdgeProps['tally'];
export type NetworkEdgeProps = z.infer<typeof NetworkEdgeProps>;

export const NetworkEdge = z.object({
  id: z.string(),
  type: NetworkEdgeKind,
  source: z.string(),
  target: z.string(),
  properties: NetworkEdgeProps,
});
export type NetworkEdge = z.infer<typeof NetworkEdge>;

export const GraphNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});

export const GraphEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

/** Any graph answer (neighbours, paths, console graphs): nodes and edges with loose properties. */
export const GraphPayloadSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  truncated: z.boolean().optional(),
});

/** Which day an event is filtered and drawn by: when it happened, or when it was first reported. */
export const Clock = z.enum(['event', 'reported']);
export type Clock = z.infer<typeof Clock>;

export const NetworkResponse = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(NetworkEdge),
  truncated: z.boolean(),
  /** Whether people and state bodies were folded into the state they serve. */
  rollup: z.boolean(),
  clock: Clock,
  /** The articles behind the edges drawn (for an export's source list), earliest first. */
  sources: z.array(z.object({ id: z.string(), title: z.string(), published: z.string().nullable() })),
});
export type NetworkResponse = z.infer<typeof NetworkResponse>;
