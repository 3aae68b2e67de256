import type { CurationDecisions, DocumentResult, EventRecord } from '@kg/model';
import { applyDecisions, NO_DECISIONS } from './apply-decisions';

const TEXT = 'General Hemeti attacked Moscow on Monday. Moscow condemned the raid in Geneva.';
const s1 = { start: 0, end: 41 };
const s2 = { start: 42, end: TEXT.length };

function event(id: string, span: { start: number; end: number }, trigger: string, agents: string[], targets: string[]): EventRecord {
  return {
    id, type: '18', quadClass: 4, trigger, agents, targets, location: null, date: null, dateSource: 'unknown', confidence: 0.6,
    provenance: { file: 'a.txt', documentId: 'doc1', sentenceIndex: span === s1 ? 0 : 1, ...span, sentence: TEXT.slice(span.start, span.end) },
  };
}

const mention = (text: string, from = 0) => {
  const start = TEXT.indexOf(text, from);
  return { text, start, end: start + text.length, sentenceIndex: start < 42 ? 0 : 1 };
};

const reading: DocumentResult = {
  documentId: 'doc1', file: 'a.txt', title: 'a', published: null, text: TEXT, warnings: [],
  entities: [
    { entity: { id: 'hemeti', name: 'Hemeti', type: 'PERSON', aliases: ['Hemeti'] }, mentions: [mention('Hemeti')] },
    { entity: { id: 'russia', name: 'Russia', type: 'COUNTRY', aliases: ['Russia', 'Moscow'] }, mentions: [mention('Moscow'), mention('Moscow', 42)] },
  ],
  events: [event('doc1:0-41:15', s1, 'attacked', ['hemeti'], ['russia']), event('doc1:42-79:49', s2, 'condemned', ['russia'], ['hemeti'])],
  affiliations: [],
};

const decisions = (over: Partial<CurationDecisions>): CurationDecisions => ({ ...NO_DECISIONS, ...over });

describe('applyDecisions', () => {
  it('reads a merged entity as the one it was merged into, roles included', () => {
    const { result, report } = applyDecisions(reading, decisions({
      sameAs: new Map([['hemeti', { id: 'mohamed-hamdan-dagalo', name: 'Mohamed Hamdan Dagalo', type: 'PERSON' }]]),
    }));
    expect(result.entities.map((e) => e.entity.id)).toEqual(['mohamed-hamdan-dagalo', 'russia']);
    expect(result.entities[0]!.entity.aliases).toEqual(['Mohamed Hamdan Dagalo', 'Hemeti']);
    expect(result.events.map((e) => [e.agents, e.targets])).toEqual([[['mohamed-hamdan-dagalo'], ['russia']], [['russia'], ['mohamed-hamdan-dagalo']]]);
    expect(report.merged).toEqual(['hemeti']);
    // Idempotent: the stage applied to its own output changes nothing more.
    expect(applyDecisions(result, decisions({ sameAs: new Map([['hemeti', { id: 'mohamed-hamdan-dagalo', name: 'Mohamed Hamdan Dagalo', type: 'PERSON' }]]) })).result).toEqual(result);
  });

  it('moves split-off forms and the roles where only they name the entity', () => {
    const { result, report } = applyDecisions(reading, decisions({
      splits: [{ from: 'russia', to: 'moscow', toName: 'Moscow', toType: 'LOCATION', forms: ['Moscow'] }],
    }));
    const moscow = result.entities.find((e) => e.entity.id === 'moscow');
    expect(moscow?.mentions.map((m) => m.start)).toEqual([TEXT.indexOf('Moscow'), TEXT.indexOf('Moscow', 42)]);
    expect(result.events[0]!.targets).toEqual(['moscow']);
    expect(report.split).toEqual(['Moscow']);
  });

  it('applies overrides by sentence span and trigger, leaves out rejected events, and keeps what no reading yields', () => {
    const key1 = { documentId: 'doc1', ...s1, trigger: 'attacked' };
    const key2 = { documentId: 'doc1', ...s2, trigger: 'condemned' };
    const fields = { type: '19' as const, agents: ['hemeti'], targets: ['russia'], location: null, date: '2024-01-01' };
    const base = { sentence: '', sentenceIndex: 0, author: 'alice', added: false };
    const { result, report } = applyDecisions(reading, decisions({
      overrides: [
        // The extractor's id changed (its trigger offset moved) but span and trigger still find it.
        { ...base, eventId: 'doc1:0-41:99', keys: [key1], fields },
        { ...base, eventId: 'doc1:42-79:49', keys: [key2], fields: { rejected: true } },
        { ...base, eventId: 'doc1:42-79:user-1', keys: [{ ...key2, trigger: 'raid' }], fields: { ...fields, type: '11' }, added: true },
      ],
    }));
    expect(result.events.map((e) => [e.id, e.type, e.date])).toEqual([['doc1:0-41:15', '19', '2024-01-01'], ['doc1:42-79:user-1', '11', '2024-01-01']]);
    expect(result.events[1]!.provenance.sentence).toBe(TEXT.slice(s2.start, s2.end));
    expect(report.overridden).toEqual(['doc1:0-41:99', 'doc1:42-79:49']);

    // The new reading no longer yields the first event: the correction becomes a user-added event.
    const later = { ...reading, events: reading.events.slice(1) };
    const again = applyDecisions(later, decisions({ overrides: [{ ...base, eventId: 'doc1:0-41:15', keys: [key1], fields }] }));
    expect(again.result.events.map((e) => [e.id, e.type, e.trigger])).toEqual([['doc1:42-79:49', '18', 'condemned'], ['doc1:0-41:15', '19', 'attacked']]);
    expect(again.report.becameUserAdded).toEqual(['doc1:0-41:15']);
  });
});
