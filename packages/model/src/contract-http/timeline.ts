/**
 * Event counts per day, by quad class, on one clock (GET /api/actors/timeline): what the
 * explorer's timeline draws. Each event is counted once, whatever the number of its actors.
 */
import { z } from 'zod';
import { Clock, QuadCounts } from './network';

export const TimelineDay = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  quads: QuadCounts,
  /** Of those, events placed on this day by their first article's date (the text gave none). */
  byReport: z.number().int(),
});
export type TimelineDay = z.infer<typeof TimelineDay>;

export const TimelineResponse = z.object({
  clock: Clock,
  days: z.array(TimelineDay),
  /** Events with no day on this clock (no date in the text and no dated article). */
  undated: z.number().int(),
});
export type TimelineResponse = z.infer<typeof TimelineResponse>;
