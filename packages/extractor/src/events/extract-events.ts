/** Event stage: sentences with resolved mentions → CAMEO events. (Stub until the event rules land.) */
import type { EventRecord } from '@kg/model';
import type { EventInput } from './event-input';

export function extractEvents(input: EventInput): EventRecord[] {
  void input;
  return [];
}
