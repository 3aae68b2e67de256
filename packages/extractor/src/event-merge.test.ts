import type { EventRecord } from '@kg/model';
import { datesAgree, mergeReason, planEventMerges, type EventCandidate } from './event-merge';

function record(over: Partial<EventRecord> & { id: string }): EventRecord {
  return {
    type: '08',
    quadClass: 2,
    trigger: 'withdrawal',
    agents: ['vladimir-putin'],
    targets: [],
    location: 'syria',
    date: '2017-12-11',
    dateSource: 'explicit',
    confidence: 0.8,
    provenance: { file: 'b.txt', documentId: 'doc-b', sentenceIndex: 0, start: 0, end: 10, sentence: 'Putin left.' },
    ...over,
  };
}

function candidate(over: Partial<EventCandidate> & { id: string }): EventCandidate {
  return {
    cameo: '08',
    agents: ['vladimir-putin'],
    targets: [],
    location: 'syria',
    date: '2017-12-11',
    dateSource: 'explicit',
    documentIds: ['doc-a'],
    ...over,
  };
}

describe('mergeReason', () => {
  it('merges the same withdrawal told by another article and says why', () => {
    const why = mergeReason(record({ id: 'b1' }), candidate({ id: 'a1' }));
    expect(why).toMatch(/same CAMEO 08/);
    expect(why).toMatch(/shared agents vladimir-putin/);
    expect(why).toMatch(/same place syria/);
  });

  it('accepts unknown place and date, and agents that include the other side', () => {
    const why = mergeReason(
      record({ id: 'b1', location: null, date: null, dateSource: 'unknown', agents: ['vladimir-putin', 'russia'] }),
      candidate({ id: 'a1' }),
    );
    expect(why).toMatch(/place unknown on one side/);
    expect(why).toMatch(/date unknown on one side/);
  });

  it('accepts two places when a reporting sentence names both (a base and its country)', () => {
    const base = candidate({ id: 'a1', location: 'hmeimim-air-base', sentenceEntities: ['hmeimim-air-base', 'vladimir-putin', 'syria'] });
    expect(mergeReason(record({ id: 'b1', location: 'syria' }), base)).toMatch(/places syria\/hmeimim-air-base named together/);
    // The same from the new report's side: its own sentence names the stored place.
    expect(mergeReason(record({ id: 'b1', location: 'syria' }), candidate({ id: 'a1', location: 'hmeimim-air-base' }), ['hmeimim-air-base'])).not.toBeNull();
    // Named apart, the two places stay two happenings.
    expect(mergeReason(record({ id: 'b1', location: 'iraq' }), base, ['vladimir-putin'])).toBeNull();
  });

  it.each([
    ['another CAMEO code', { type: '19' as const }],
    ['no shared agent', { agents: ['recep-erdogan'] }],
    ['agents that only overlap', { agents: ['vladimir-putin', 'recep-erdogan'] }],
    ['another place', { location: 'iraq' }],
    ['another explicit date', { date: '2017-12-06' }],
    ['disjoint targets', { targets: ['isis'] }],
  ])('refuses %s', (_why, over) => {
    const stored = candidate({ id: 'a1', agents: ['vladimir-putin', 'russia'], targets: ['syria-government'] });
    expect(mergeReason(record({ id: 'b1', ...over }), stored)).toBeNull();
  });
});

describe('datesAgree', () => {
  it('treats a publication-day date as an upper bound within a week', () => {
    const told = { date: '2017-12-11', dateSource: 'relative' };
    expect(datesAgree(told, { date: '2017-12-13', dateSource: 'publication' })).toBe(true);
    expect(datesAgree(told, { date: '2017-12-10', dateSource: 'publication' })).toBe(false);
    expect(datesAgree(told, { date: '2017-12-30', dateSource: 'publication' })).toBe(false);
    expect(datesAgree(told, { date: '2017-12-12', dateSource: 'explicit' })).toBe(false);
  });
});

describe('planEventMerges', () => {
  it('joins the best candidate, never one its own article already reports, and one report per event', () => {
    const records = [record({ id: 'b1' }), record({ id: 'b2' })];
    const candidates = [
      candidate({ id: 'a1', targets: [] }),
      candidate({ id: 'c1', documentIds: ['doc-b'] }),
    ];
    const plan = planEventMerges('doc-b', records, candidates);
    expect(plan.get('b1')).toMatchObject({ kind: 'merge', into: 'a1' });
    expect(plan.get('b2')).toEqual({ kind: 'new' });
  });

  it('prefers the candidate sharing more roles', () => {
    const plan = planEventMerges('doc-b', [record({ id: 'b1', targets: ['isis'] })], [
      candidate({ id: 'a1' }),
      candidate({ id: 'a2', targets: ['isis'] }),
    ]);
    expect(plan.get('b1')).toMatchObject({ kind: 'merge', into: 'a2' });
  });

  it('sends a re-ingested report where it went the first time', () => {
    const plan = planEventMerges('doc-b', [record({ id: 'b1' }), record({ id: 'b2' })], [candidate({ id: 'a1', documentIds: ['doc-a', 'doc-b'] })], new Map([['b1', 'a1']]));
    expect(plan.get('b1')).toEqual({ kind: 'rewrite', into: 'a1' });
    expect(plan.get('b2')).toEqual({ kind: 'new' });
  });
});
