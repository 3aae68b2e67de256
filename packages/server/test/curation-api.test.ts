/**
 * Curation on the real API and Neo4j, over articles written for this test (not the seeds):
 * merge → search finds both spellings, the network shows one node, undo restores both
 * exactly; split; event type change, reject, add; 409 on a stale version; 401/403 by role;
 * the change log lists each change with its author; re-ingesting keeps merges and overrides.
 */
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ensureSchema, extractDocument, ingestDocument, reextractCorpus } from '@kg/extractor';
import { testConnection } from '@kg/testing';
import type { RawArticle } from '@kg/model';
import { useCleanDatabase } from '@kg/testing';
import { hashToken } from '../src/auth/token-hash';
import { parseTokenLines } from '../src/auth/token-registry';
import { appFor } from './app-under-test';

const db = useCleanDatabase();
const TOKENS = { alice: 'alice-token-0123456789abcdef', bob: 'bob-token-0123456789abcdefgh', rita: 'rita-token-0123456789abcdefg', root: 'root-token-0123456789abcdefg' };
const as = (who: keyof typeof TOKENS) => ({ Authorization: `Bearer ${TOKENS[who]}` });

const ARTICLES: Record<string, RawArticle> = {
  talks: { file: 'talks.txt', published: '2023-05-02', text: 'Rapid Support Forces commander Mohamed Hamdan Dagalo met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday.\n' },
  attack: { file: 'attack.txt', published: '2023-05-04', text: 'Paramilitary commander Hemeti attacked Sudanese troops in Omdurman on Tuesday. Residents of Ras al-Ayn fled the fighting.\n' },
  aid: { file: 'aid.txt', published: '2023-05-05', text: 'Aid reached the town of Ras al-Ain on Wednesday. The Rapid Support Forces blocked a convoy near the town.\n' },
};

let app: ReturnType<typeof appFor>;
const documentIds: Record<string, string> = {};

beforeAll(async () => {
  const cost = { N: 2 ** 10, r: 8, p: 1 };
  const lines = await Promise.all([['alice', 'editor'], ['bob', 'editor'], ['rita', 'reader'], ['root', 'admin']].map(
    async ([name, role]) => `${name}:${role}:${await hashToken(TOKENS[name as keyof typeof TOKENS], cost)}`));
  app = appFor(db(), { tokens: parseTokenLines(lines.join('\n'), 'test'), networkCacheMs: 0 });
  await ensureSchema(db());
  for (const [key, raw] of Object.entries(ARTICLES)) documentIds[key] = (await ingestDocument(db(), raw)).documentId;
}, 240_000);

/** Everything about an entity node: labels, properties, every link with its properties. */
async function entityPicture(driver: Driver, id: string) {
  const { records } = await driver.executeQuery(
    `MATCH (n {id: $id}) WHERE n:Entity OR n:MergedEntity
     OPTIONAL MATCH (n)-[r]-(o)
     WITH n, r, o ORDER BY type(r), o.id
     RETURN labels(n) AS labels, properties(n) AS props,
            collect(CASE WHEN r IS NULL THEN null ELSE [type(r), startNode(r) = n, o.id, properties(r)] END) AS links`, { id });
  const r = records[0];
  return r ? { labels: [...(r.get('labels') as string[])].sort(), props: r.get('props'), links: r.get('links') } : null;
}

async function eventOf(driver: Driver, documentId: string, trigger: string): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (e)-[r:REPORTED_IN]->(:Document {id: $documentId}) WHERE (e:Event OR e:RejectedEvent) AND r.trigger = $trigger RETURN e.id AS id`,
    { documentId, trigger });
  const id = records[0]?.get('id') as string | undefined;
  if (!id) throw new Error(`no event triggered by ${trigger} in ${documentId}`);
  return id;
}

const searchIds = async (q: string) => ((await request(app).get('/api/search').query({ q }).expect(200)).body.results as { properties: { id: string } }[]).map((r) => r.properties.id);
const networkIds = async () => ((await request(app).get('/api/actors/network').expect(200)).body.nodes as { properties: { id: string } }[]).map((n) => n.properties.id);

describe('entity merge', () => {
  it('merges Hemeti into Mohamed Hamdan Dagalo, shows one entity everywhere, and undo restores both exactly', async () => {
    const before = { from: await entityPicture(db(), 'hemeti'), into: await entityPicture(db(), 'mohamed-hamdan-dagalo') };
    expect(before.from?.links.length).toBeGreaterThan(0);
    expect(await networkIds()).toEqual(expect.arrayContaining(['hemeti', 'mohamed-hamdan-dagalo']));

    const merged = await request(app).post('/api/entities/hemeti/merge').set(as('alice'))
      .send({ into: 'mohamed-hamdan-dagalo', note: 'Hemeti is Dagalo’s nickname' }).expect(201);
    expect(merged.body.change).toMatchObject({ kind: 'entity.merge', author: 'alice', note: 'Hemeti is Dagalo’s nickname' });

    expect(await searchIds('Hemeti')).toEqual(['mohamed-hamdan-dagalo']);
    expect(await searchIds('Dagalo')).toEqual(['mohamed-hamdan-dagalo']);
    const network = await networkIds();
    expect(network).toContain('mohamed-hamdan-dagalo');
    expect(network).not.toContain('hemeti');
    const sameAs = await db().executeQuery(`MATCH (:MergedEntity {id: 'hemeti'})-[s:SAME_AS]->(t) RETURN t.id AS into, s.by AS by, s.aliasesMoved AS moved`);
    expect(sameAs.records.map((r) => [r.get('into'), r.get('by'), r.get('moved')])).toEqual([['mohamed-hamdan-dagalo', 'alice', ['Hemeti']]]);

    await request(app).post(`/api/changes/${merged.body.change.id}/revert`).set(as('alice')).send({}).expect(201);
    expect(await entityPicture(db(), 'hemeti')).toEqual(before.from);
    expect(await entityPicture(db(), 'mohamed-hamdan-dagalo')).toEqual(before.into);
    expect(await searchIds('Hemeti')).toEqual(['hemeti']);
    // A change is reverted once.
    await request(app).post(`/api/changes/${merged.body.change.id}/revert`).set(as('alice')).send({}).expect(409);
  });

  it('refuses unknown ids with 404 and a merge into itself with 400', async () => {
    await request(app).post('/api/entities/nobody-at-all/merge').set(as('alice')).send({ into: 'hemeti' }).expect(404);
    await request(app).post('/api/entities/hemeti/merge').set(as('alice')).send({ into: 'hemeti' }).expect(400);
  });
});

describe('entity split', () => {
  it('moves a wrongly joined form, with its mentions and roles, to a new entity, and back on revert', async () => {
    const merge = await request(app).post('/api/entities/hemeti/merge').set(as('alice')).send({ into: 'mohamed-hamdan-dagalo' }).expect(201);
    const attack = await eventOf(db(), documentIds.attack!, 'attacked');
    const split = await request(app).post('/api/entities/mohamed-hamdan-dagalo/split').set(as('bob'))
      .send({ forms: ['Hemeti'], toName: 'Hemeti the Younger', toType: 'PERSON', note: 'a different man' }).expect(201);
    expect(split.body).toMatchObject({ to: 'hemeti-the-younger', movedMentions: 1, movedRoles: 1 });
    const agents = async () => (await db().executeQuery(`MATCH (a)-[:AGENT_IN]->(:Event {id: $attack}) RETURN a.id AS id`, { attack })).records.map((r) => r.get('id'));
    expect(await agents()).toEqual(['hemeti-the-younger']);
    expect(await searchIds('Hemeti')).toEqual(['hemeti-the-younger']);
    await request(app).post('/api/entities/mohamed-hamdan-dagalo/split').set(as('bob')).send({ forms: ['Mohamed Hamdan Dagalo'], to: 'hemeti-the-younger' }).expect(400);

    await request(app).post(`/api/changes/${split.body.change.id}/revert`).set(as('bob')).send({}).expect(201);
    expect(await agents()).toEqual(['mohamed-hamdan-dagalo']);
    expect(await entityPicture(db(), 'hemeti-the-younger')).toBeNull();
    await request(app).post(`/api/changes/${merge.body.change.id}/revert`).set(as('alice')).send({}).expect(201);
    expect(await agents()).toEqual(['hemeti']);
  });
});

describe('suggestions queue', () => {
  it('proposes Ras al-Ayn / Ras al-Ain with evidence; a dismissal hides the pair until reverted', async () => {
    const pair = async () => ((await request(app).get('/api/suggestions').expect(200)).body.suggestions as { key: string; evidence: { sameTransliteration: string[] } }[])
      .find((s) => s.key === 'ras-al-ain|ras-al-ayn');
    expect((await pair())?.evidence.sameTransliteration.length).toBeGreaterThan(0);
    const dismissed = await request(app).post('/api/suggestions/dismiss').set(as('bob')).send({ a: 'ras-al-ayn', b: 'ras-al-ain' }).expect(201);
    expect(await pair()).toBeUndefined();
    await request(app).post(`/api/changes/${dismissed.body.change.id}/revert`).set(as('bob')).send({}).expect(201);
    expect(await pair()).toBeDefined();
  });
});

describe('event corrections', () => {
  it('changes the type with a version, answers 409 to a stale version with the current state, and 400/404 for bad input', async () => {
    const id = await eventOf(db(), documentIds.attack!, 'attacked');
    const path = `/api/events/${encodeURIComponent(id)}`;
    const first = await request(app).patch(path).set(as('alice')).send({ version: 0, type: '18', note: 'an assault, not a battle' }).expect(200);
    expect(first.body.event).toMatchObject({ type: '18', version: 1 });
    const stale = await request(app).patch(path).set(as('bob')).send({ version: 0, type: '17' }).expect(409);
    expect(stale.body.current).toMatchObject({ id, type: '18', version: 1 });
    const bad = await request(app).patch(path).set(as('bob')).send({ version: 1, type: '99' }).expect(400);
    expect(bad.body.error.message).toMatch(/allowed: 01 \(make public statement\)/);
    await request(app).patch('/api/events/no-such-event').set(as('bob')).send({ version: 0, type: '17' }).expect(404);
    await request(app).patch(path).set(as('bob')).send({ version: 1, agents: ['nobody-at-all'] }).expect(404);
    const stored = await db().executeQuery('MATCH (e:Event {id: $id}) RETURN e.cameo AS cameo', { id });
    expect(stored.records[0]?.get('cameo')).toBe('18');
    const override = await db().executeQuery('MATCH (o:Override {eventId: $id}) RETURN o.extracted AS extracted, o.author AS author', { id });
    expect(JSON.parse(override.records[0]?.get('extracted') as string)).toMatchObject({ type: '19' });
  });

  it('rejects an event (gone from the timeline, node kept) and adds a missed one from a sentence', async () => {
    const id = await eventOf(db(), documentIds.talks!, 'met');
    const timeline = async () => ((await request(app).get('/api/events').expect(200)).body.events as { id: string }[]).map((e) => e.id);
    expect(await timeline()).toContain(id);
    await request(app).post(`/api/events/${encodeURIComponent(id)}/reject`).set(as('bob')).send({ version: 0, note: 'a courtesy call' }).expect(200);
    expect(await timeline()).not.toContain(id);

    const text = ARTICLES.aid!.text;
    const start = text.indexOf('The Rapid');
    const added = await request(app).post('/api/events').set(as('alice'))
      .send({ documentId: documentIds.aid, start, end: text.indexOf('town.', start) + 5, trigger: 'blocked', type: '17', agents: ['rapid-support-forces'], note: 'missed' }).expect(201);
    expect(await timeline()).toContain(added.body.event.id);
    const bad = await request(app).post('/api/events').set(as('alice')).send({ documentId: 'no-such-doc', start: 0, end: 5, type: '17', agents: ['rapid-support-forces'] }).expect(404);
    expect(bad.body.error.code).toBe('NOT_FOUND');
  });

  it('keeps writes to editors: 401 without a token, 403 for a reader', async () => {
    await request(app).post('/api/entities/hemeti/merge').send({ into: 'mohamed-hamdan-dagalo' }).expect(401);
    const reader = await request(app).post('/api/entities/hemeti/merge').set(as('rita')).send({ into: 'mohamed-hamdan-dagalo' }).expect(403);
    expect(reader.body.error.code).toBe('FORBIDDEN');
    await request(app).patch('/api/events/x').set(as('rita')).send({ version: 0 }).expect(403);
    // Someone else's change: only its author or an admin reverts it.
    const { body } = await request(app).get('/api/changes').query({ author: 'alice', kind: 'event.add' }).expect(200);
    await request(app).post(`/api/changes/${body.changes[0].id}/revert`).set(as('bob')).send({}).expect(403);
  });
});

describe('the change log and re-ingest', () => {
  it('lists every change with its author, filtered by author and time', async () => {
    const all = (await request(app).get('/api/changes').expect(200)).body.changes as { author: string; kind: string; seq: number }[];
    expect(new Set(all.map((c) => c.author))).toEqual(new Set(['alice', 'bob']));
    expect(all.map((c) => c.seq)).toEqual([...all.map((c) => c.seq)].sort((a, b) => b - a));
    const bobs = (await request(app).get('/api/changes').query({ author: 'bob' }).expect(200)).body.changes as { author: string }[];
    expect(bobs.length).toBeGreaterThan(0);
    expect(bobs.every((c) => c.author === 'bob')).toBe(true);
    const future = (await request(app).get('/api/changes').query({ from: '2999-01-01' }).expect(200)).body.changes;
    expect(future).toEqual([]);
  });

  it('re-ingesting the articles after a merge and an override keeps both', async () => {
    await request(app).post('/api/entities/hemeti/merge').set(as('alice')).send({ into: 'mohamed-hamdan-dagalo' }).expect(201);
    const attack = await eventOf(db(), documentIds.attack!, 'attacked');
    for (const raw of Object.values(ARTICLES)) await ingestDocument(db(), raw);
    expect(await searchIds('Hemeti')).toEqual(['mohamed-hamdan-dagalo']);
    const event = await db().executeQuery(`MATCH (a)-[:AGENT_IN]->(e:Event {id: $attack}) RETURN e.cameo AS cameo, collect(a.id) AS agents`, { attack });
    expect(event.records.map((r) => [r.get('cameo'), r.get('agents')])).toEqual([['18', ['mohamed-hamdan-dagalo']]]);
    const rejected = await db().executeQuery(`MATCH (e:RejectedEvent) RETURN count(e) AS n`);
    expect(rejected.records[0]?.get('n')).toBe(1);
    const added = await db().executeQuery(`MATCH (e:Event) WHERE e.addedBy = 'alice' RETURN count(e) AS n`);
    expect(added.records[0]?.get('n')).toBe(1);
    expect((await request(app).get('/api/corrections/export').expect(200)).body.documents.length).toBeGreaterThan(0);
  });
});

describe('kg reextract', () => {
  it('after a changed extraction re-applies the merge and keeps a correction whose event is gone, and reports it', async () => {
    const attack = await eventOf(db(), documentIds.attack!, 'attacked');
    // A "newer extractor" that no longer reads the attack.
    const summary = await reextractCorpus(db(), {
      extract: (raw, ctx) => {
        const reading = extractDocument(raw, ctx);
        return { ...reading, events: reading.events.filter((e) => e.trigger !== 'attacked') };
      },
    });
    expect(summary.articles).toBe(3);
    const report = summary.reports.find((r) => r.documentId === documentIds.attack);
    expect(report).toMatchObject({ becameUserAdded: [attack] });
    // The merge holds whether the new reading names Hemeti apart (rewritten) or, through the
    // merged aliases, already as Dagalo.
    expect(await searchIds('Hemeti')).toEqual(['mohamed-hamdan-dagalo']);
    expect(summary.needsReview.map((r) => r.file)).toEqual(['attack.txt']);
    const event = await db().executeQuery(`MATCH (a)-[:AGENT_IN]->(e:Event {id: $attack}) RETURN e.cameo AS cameo, collect(a.id) AS agents`, { attack });
    expect(event.records.map((r) => [r.get('cameo'), r.get('agents')])).toEqual([['18', ['mohamed-hamdan-dagalo']]]);
  }, 240_000);

  it('runs from the command line and prints what it re-applied', async () => {
    const root = process.cwd(); // jest runs from the repository root
    const out = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [join(root, 'packages/extractor/bin/kg.mjs'), 'reextract'],
        { cwd: root, env: { ...process.env, NEO4J_URI: testConnection().uri }, timeout: 240_000 },
        (error, stdout) => resolve({ code: error ? Number(error.code ?? -1) : 0, stdout }));
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Re-extracted 3 article\(s\)\. Re-applied: \d+ merged entit\(ies\), 0 split form\(s\), [1-9]\d* event override\(s\)\./);
    expect(out.stdout).toMatch(/Nothing needs review/);
  }, 240_000);
});
