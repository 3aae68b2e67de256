import type { EventRecord } from '@kg/model';
import { extractEvents } from './extract-events';
import { handInput, type HandMention } from './hand-input.test-data';

const RUSSIA: HandMention = { surface: 'Russia', id: 'russia', type: 'COUNTRY' };
const UKRAINE: HandMention = { surface: 'Ukraine', id: 'ukraine', type: 'COUNTRY' };
const of = (events: readonly EventRecord[], type: string) => events.filter((e) => e.type === type);

describe('extractEvents roles', () => {
  it('reads the subject of an active verb as agent and its object as target', () => {
    const events = extractEvents(handInput([['Russia attacked Ukraine.']], [RUSSIA, UKRAINE]));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: '19', quadClass: 4, trigger: 'attacked', agents: ['russia'], targets: ['ukraine'] });
  });

  it('reads "was attacked by" as passive: the by-phrase acts, the subject is hit', () => {
    const [event] = extractEvents(handInput([['Ukraine was attacked by Russia.']], [RUSSIA, UKRAINE]));
    expect(event).toMatchObject({ type: '19', agents: ['russia'], targets: ['ukraine'] });
  });

  it('adds the ally of "backed by" to the agents', () => {
    const input = handInput([['The Iraqi Army, backed by the United States, recaptured Mosul.']], [
      { surface: 'Iraqi Army', id: 'iraqi-army', type: 'ORGANIZATION' },
      { surface: 'United States', id: 'united-states', type: 'COUNTRY' },
      { surface: 'Mosul', id: 'mosul', type: 'LOCATION' },
    ]);
    const [event] = extractEvents(input);
    expect(event?.type).toBe('19');
    expect([...event!.agents].sort()).toEqual(['iraqi-army', 'united-states']);
    expect(event?.location).toBe('mosul');
  });

  it('makes the country of a demonym the actor ("Russian troops withdrew")', () => {
    const input = handInput([['Russian troops withdrew from Aleppo.']], [
      { surface: 'Russian', id: 'russia', type: 'COUNTRY', via: 'demonym' },
      { surface: 'Aleppo', id: 'aleppo', type: 'LOCATION' },
    ]);
    expect(extractEvents(input)).toEqual([expect.objectContaining({ type: '08', agents: ['russia'], location: 'aleppo' })]);
  });

  it('reads coordinated subjects, but not a name before a comma clause', () => {
    const countries = ['Russia', 'Iran', 'Turkey'].map((c) => ({ surface: c, id: c.toLowerCase(), type: 'COUNTRY' as const }));
    const met = handInput([['Russia, Iran and Turkey met in Sochi.']], [...countries, { surface: 'Sochi', id: 'sochi', type: 'LOCATION' }]);
    expect([...extractEvents(met)[0]!.agents].sort()).toEqual(['iran', 'russia', 'turkey']);
    const said = handInput([['Troops advanced against Iran, the Turkish Defence Ministry said.']], [...countries, { surface: 'Turkish Defence Ministry', id: 'tdm', type: 'ORGANIZATION' }]);
    expect(extractEvents(said).find((e) => e.type === '01')?.agents).toEqual(['tdm']);
  });

  it('reads the doer of "the withdrawal of X"', () => {
    const input = handInput([['Erdogan was told about the withdrawal of the Russian Army from Aleppo.']], [
      { surface: 'Erdogan', id: 'erdogan', type: 'PERSON' },
      { surface: 'Russian Army', id: 'russian-army', type: 'ORGANIZATION' },
      { surface: 'Aleppo', id: 'aleppo', type: 'LOCATION' },
    ]);
    expect(extractEvents(input)).toEqual([expect.objectContaining({ type: '08', agents: ['russian-army'], location: 'aleppo' })]);
  });

  it('reads the speaker after the verb in "…, said X"', () => {
    const input = handInput([['“We will stay in the region,” said John Smith.']], [{ surface: 'John Smith', id: 'john-smith', type: 'PERSON' }]);
    expect(of(extractEvents(input), '01')).toEqual([expect.objectContaining({ agents: ['john-smith'], trigger: 'said' })]);
  });

  it('gives "he" the last person named before', () => {
    const input = handInput([['Erdogan arrived in Ankara.', 'He met with Rouhani.']], [
      { surface: 'Erdogan', id: 'erdogan', type: 'PERSON' },
      { surface: 'Rouhani', id: 'rouhani', type: 'PERSON' },
      { surface: 'Ankara', id: 'ankara', type: 'LOCATION' },
    ]);
    expect(of(extractEvents(input), '04')).toEqual([expect.objectContaining({ agents: ['erdogan'], targets: ['rouhani'] })]);
  });

  it('drops negated and future happenings', () => {
    const input = handInput([['Turkey did not withdraw its troops from Syria.', 'Turkey will soon be attacked by Russia.']], [
      RUSSIA,
      { surface: 'Turkey', id: 'turkey', type: 'COUNTRY' },
      { surface: 'Syria', id: 'syria', type: 'COUNTRY' },
    ]);
    expect(extractEvents(input)).toEqual([]);
  });

  it('treats quoted speech as the speaker\'s statement, and quoted names as names', () => {
    const speech = handInput([['“Our forces attacked Ukraine and will keep going,” said John Smith.']], [UKRAINE, { surface: 'John Smith', id: 'john-smith', type: 'PERSON' }]);
    expect(extractEvents(speech).map((e) => e.type)).toEqual(['01']);
    const named = handInput([['The “Syrian Democratic Forces” attacked the town.']], [{ surface: 'Syrian Democratic Forces', id: 'sdf', type: 'ORGANIZATION' }]);
    expect(extractEvents(named)).toEqual([expect.objectContaining({ type: '19', agents: ['sdf'] })]);
  });

  it('reads quoted promises of violence as a threat (13) by the speaker', () => {
    const input = handInput([['“We will strike their bases if they return,” said John Smith.']], [{ surface: 'John Smith', id: 'john-smith', type: 'PERSON' }]);
    expect(extractEvents(input).map((e) => `${e.type}:${e.agents.join(',')}`).sort()).toEqual(['01:john-smith', '13:john-smith']);
  });

  it('reads a statement whose content denies as a rejection (12)', () => {
    const input = handInput([['The spokesman, John Smith, said that there is no agreement with Russia.']], [RUSSIA, { surface: 'John Smith', id: 'john-smith', type: 'PERSON' }]);
    expect(extractEvents(input)).toEqual([expect.objectContaining({ type: '12', quadClass: 3, agents: ['john-smith'] })]);
  });

  it('reads the possessive or demonym before an event noun as its doer', () => {
    const input = handInput([['With Moscow’s broad criticism of the deal, talks stalled.', 'A Russian strike hit the town.']], [
      { surface: 'Moscow', id: 'russia', type: 'COUNTRY', via: 'capital' },
      { surface: 'Russian', id: 'russia', type: 'COUNTRY', via: 'demonym' },
    ]);
    const events = extractEvents(input);
    expect(events.find((e) => e.type === '11')?.agents).toEqual(['russia']);
    expect(events.find((e) => e.type === '19')?.agents).toEqual(['russia']);
  });

  it('keeps what a "said that" clause reports, and hypothetical attacks, out of the events', () => {
    const input = handInput([['Turkey said that Russia attacked Ukraine.', 'Ukraine will respond to any attack by Russia.']], [RUSSIA, UKRAINE, { surface: 'Turkey', id: 'turkey', type: 'COUNTRY' }]);
    expect(extractEvents(input).map((e) => `${e.type}:${e.agents.join(',')}`)).toEqual(['01:turkey']);
  });

  it('gives a statement by an unnamed subject no agent ("…, residents said"), but shares a subject across "and"', () => {
    const input = handInput([['Russia attacked Ukraine on Sunday, residents said.', 'Turkey condemned the move, and urged Russia to stop.']], [RUSSIA, UKRAINE, { surface: 'Turkey', id: 'turkey', type: 'COUNTRY' }]);
    const events = extractEvents(input);
    expect(events.filter((e) => e.type === '01')).toEqual([]);
    expect(events.find((e) => e.type === '02')?.agents).toEqual(['turkey']);
  });

  it('does not take a country after "in" or "from" as an actor', () => {
    const input = handInput([['Clashes erupted in Syria.']], [{ surface: 'Syria', id: 'syria', type: 'COUNTRY' }]);
    expect(extractEvents(input)).toEqual([]);
  });
});

describe('extractEvents location, date and provenance', () => {
  const PEOPLE: HandMention[] = [
    { surface: 'Erdogan', id: 'erdogan', type: 'PERSON' },
    { surface: 'Rouhani', id: 'rouhani', type: 'PERSON' },
    { surface: 'Tehran', id: 'tehran', type: 'LOCATION' },
    { surface: 'Hama', id: 'hama', type: 'LOCATION' },
    { surface: 'Syrian Army', id: 'syrian-army', type: 'ORGANIZATION' },
  ];

  it('takes the place and the relative day from the sentence ("on Monday" is the Monday before publication)', () => {
    const [event] = extractEvents(handInput([['Erdogan met with Rouhani in Tehran on Monday.']], PEOPLE, '2017-11-23'));
    expect(event).toMatchObject({ type: '04', agents: ['erdogan'], targets: ['rouhani'], location: 'tehran', date: '2017-11-20', dateSource: 'relative' });
  });

  it('does not take a possessive or a compound modifier as the place', () => {
    const input = handInput([['Erdogan ordered the withdrawal of Turkey’s forces from Syria.'], ['Rouhani attacked the town on the Syria-Iraq border.']], [
      ...PEOPLE,
      { surface: 'Turkey', id: 'turkey', type: 'COUNTRY' },
      { surface: 'Syria', id: 'syria', type: 'COUNTRY' },
      { surface: 'Iraq', id: 'iraq', type: 'COUNTRY' },
    ]);
    const events = extractEvents(input);
    expect(events.find((e) => e.type === '08')?.location).toBe('syria');
    expect(events.find((e) => e.type === '19')?.location).toBeNull();
  });

  it('falls back to a place named earlier in the paragraph, not in another paragraph', () => {
    const input = handInput([['Heavy fighting was reported near Hama.', 'The Syrian Army shelled rebel positions.'], ['The Syrian Army attacked rebel positions.']], PEOPLE);
    const events = extractEvents(input);
    expect(events.find((e) => e.trigger === 'shelled')?.location).toBe('hama');
    expect(events.find((e) => e.trigger === 'attacked')?.location).toBeNull();
  });

  it('reads explicit days, "yesterday", and leaves vague spans undated', () => {
    const input = handInput([['On December 6, Erdogan met with Rouhani.'], ['Yesterday the Syrian Army attacked Hama.'], ['Last week Rouhani visited Erdogan.']], PEOPLE, '2017-12-12');
    const events = extractEvents(input);
    expect(events.find((e) => e.trigger === 'met')).toMatchObject({ date: '2017-12-06', dateSource: 'explicit' });
    expect(events.find((e) => e.trigger === 'attacked')).toMatchObject({ date: '2017-12-11', dateSource: 'relative' });
    expect(events.find((e) => e.trigger === 'visited')).toMatchObject({ date: null, dateSource: 'unknown' });
  });

  it('leaves relative days unknown when the publication day is unknown', () => {
    const [event] = extractEvents(handInput([['Yesterday the Syrian Army attacked Hama.']], PEOPLE, null));
    expect(event).toMatchObject({ date: null, dateSource: 'unknown' });
  });

  it('keeps the sentence verbatim with its offsets and a stable id', () => {
    const input = handInput([['Erdogan arrived.'], ['Erdogan met with Rouhani in Tehran.']], PEOPLE);
    const [event] = extractEvents(input);
    const p = event!.provenance;
    expect(p.sentence).toBe(input.text.slice(p.start, p.end));
    expect(p).toMatchObject({ file: 'hand.txt', documentId: 'doc1', sentenceIndex: 1 });
    expect(extractEvents(input)[0]!.id).toBe(event!.id);
    expect(event!.confidence).toBeGreaterThan(0);
    expect(event!.confidence).toBeLessThanOrEqual(1);
  });

  it('returns nothing for an empty article or one that names nobody', () => {
    expect(extractEvents(handInput([], []))).toEqual([]);
    expect(extractEvents(handInput([['Troops attacked the town and withdrew.']], []))).toEqual([]);
  });

  it('reports a happening told twice in one article once', () => {
    const input = handInput([['Erdogan met with Rouhani in Tehran.'], ['Erdogan met with Rouhani.']], PEOPLE);
    expect(extractEvents(input)).toHaveLength(1);
  });
});
