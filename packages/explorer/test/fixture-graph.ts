/**
 * The seeds' main actors written straight with Cypher (following packages/model/src/graph.ts),
 * so the end-to-end tests exercise the page, not extraction quality. Sentences are quoted from
 * the seed articles; Vladimir Putin has enough events to expand into several neighbours.
 */
import type { Driver } from 'neo4j-driver';

interface FixtureEntity {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly labels: readonly string[];
  readonly aliases: readonly string[];
  readonly lat?: number;
  readonly lon?: number;
}

const ENTITIES: readonly FixtureEntity[] = [
  { id: 'russia', name: 'Russia', type: 'COUNTRY', labels: ['Actor', 'Country', 'Location'], aliases: ['Russian', 'Moscow'], lat: 55.75, lon: 37.62 },
  { id: 'syria', name: 'Syria', type: 'COUNTRY', labels: ['Actor', 'Country', 'Location'], aliases: ['Syrian'], lat: 34.8, lon: 38.99 },
  { id: 'turkey', name: 'Turkey', type: 'COUNTRY', labels: ['Actor', 'Country', 'Location'], aliases: ['Turkish', 'Ankara'], lat: 39.93, lon: 32.86 },
  { id: 'iran', name: 'Iran', type: 'COUNTRY', labels: ['Actor', 'Country', 'Location'], aliases: ['Iranian', 'Tehran'], lat: 35.69, lon: 51.39 },
  { id: 'sdf', name: 'SDF', type: 'ORGANIZATION', labels: ['Actor', 'Organization'], aliases: ['Syrian Democratic Forces'] },
  { id: 'isis', name: 'ISIS', type: 'ORGANIZATION', labels: ['Actor', 'Organization'], aliases: ['Islamic State', 'IS'] },
  { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'PERSON', labels: ['Actor', 'Person'], aliases: ['Putin'] },
  { id: 'bashar-al-assad', name: 'Bashar al-Assad', type: 'PERSON', labels: ['Actor', 'Person'], aliases: ['Assad'] },
  { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', type: 'PERSON', labels: ['Actor', 'Person'], aliases: ['Erdogan', 'Erdoğan'] },
  { id: 'sergei-shoigu', name: 'Sergei Shoigu', type: 'PERSON', labels: ['Actor', 'Person'], aliases: ['Shoigu'] },
  { id: 'hmeimim-air-base', name: 'Hmeimim Air Base', type: 'LOCATION', labels: ['Location'], aliases: ['Khmeimim', 'Hmeimim'], lat: 35.41, lon: 35.95 },
  { id: 'cairo', name: 'Cairo', type: 'LOCATION', labels: ['Location'], aliases: [], lat: 30.04, lon: 31.24 },
];

const DOCS = [
  { id: 'doc-1', file: 'putin-syria-visit.txt', title: 'Putin orders partial withdrawal of Russian troops from Syria', published: '2017-12-11' },
  { id: 'doc-2', file: 'turkey-iran-talks.txt', title: 'Putin meets Erdogan in Ankara', published: '2017-12-11' },
];

// [id, cameo, cameoName, quadClass, date, agent, target, place, doc, sentence]
type Ev = readonly [string, string, string, number, string, string, string, string | null, string, string];
const EVENTS: readonly Ev[] = [
  ['ev-1', '08', 'yield', 2, '2017-12-11', 'vladimir-putin', 'syria', 'hmeimim-air-base', 'doc-1',
    'Putin ordered a partial withdrawal of Russian troops from Syria during a visit to the Khmeimim air base.'],
  ['ev-2', '06', 'engage in material cooperation', 2, '2017-12-11', 'russia', 'syria', 'syria', 'doc-1',
    'Russia will keep its naval facility at Tartus and the Hmeimim air base in Syria.'],
  ['ev-3', '04', 'consult', 1, '2017-12-11', 'vladimir-putin', 'bashar-al-assad', 'hmeimim-air-base', 'doc-1',
    'At Hmeimim, Putin met Syrian President Bashar al-Assad.'],
  ['ev-4', '19', 'fight', 4, '2017-11-19', 'russia', 'isis', 'syria', 'doc-1',
    'Russian aircraft struck ISIS positions in eastern Syria.'],
  ['ev-5', '19', 'fight', 4, '2017-10-17', 'sdf', 'isis', 'syria', 'doc-2',
    'The US-backed SDF drove ISIS out of Raqqa in October.'],
  ['ev-6', '04', 'consult', 1, '2017-12-11', 'vladimir-putin', 'recep-tayyip-erdogan', 'turkey', 'doc-2',
    'Putin then flew to Ankara for talks with Turkish President Recep Tayyip Erdogan.'],
  ['ev-7', '03', 'express intent to cooperate', 1, '2017-12-11', 'turkey', 'russia', 'turkey', 'doc-2',
    'Turkey and Russia agreed to push for a political settlement in Syria.'],
  ['ev-8', '04', 'consult', 1, '2017-11-22', 'iran', 'russia', null, 'doc-2',
    'Iran, Russia and Turkey met in Sochi to discuss the future of Syria.'],
  ['ev-9', '12', 'reject', 3, '2017-12-12', 'turkey', 'sdf', null, 'doc-2',
    'Turkey rejected any role for the SDF in the talks.'],
  ['ev-10', '04', 'consult', 1, '2017-12-11', 'vladimir-putin', 'cairo', 'cairo', 'doc-2',
    'Putin also stopped in Cairo.'],
  ['ev-11', '04', 'consult', 1, '2017-12-11', 'sergei-shoigu', 'vladimir-putin', 'hmeimim-air-base', 'doc-1',
    'Defence Minister Sergei Shoigu reported to Putin at the base.'],
];

export async function writeFixtureGraph(driver: Driver): Promise<void> {
  await driver.executeQuery('CREATE CONSTRAINT ex_entity IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
  await driver.executeQuery('CREATE CONSTRAINT ex_event IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE');
  await driver.executeQuery('CREATE CONSTRAINT ex_doc IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE');
  await driver.executeQuery('CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Actor|Location) ON EACH [n.name, n.aliases, n.searchText]');
  await driver.executeQuery('CALL db.awaitIndexes(60)');
  const docs = DOCS.map((d) => ({ ...d, text: EVENTS.filter((e) => e[8] === d.id).map((e) => e[9]).join(' ') }));
  await driver.executeQuery(
    `UNWIND $docs AS d CREATE (:Document {id: d.id, file: d.file, title: d.title, published: d.published, text: d.text, chars: size(d.text)})`,
    { docs },
  );
  const entities = ENTITIES.map((e) => ({
    ...e,
    lat: e.lat ?? null,
    lon: e.lon ?? null,
    searchText: [e.name, ...e.aliases].join(' ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
  }));
  await driver.executeQuery(
    `UNWIND $entities AS e
     CREATE (n:Entity {id: e.id, name: e.name, type: e.type, aliases: e.aliases, searchText: e.searchText})
     SET n.lat = e.lat, n.lon = e.lon
     WITH n MATCH (d:Document) CREATE (n)-[:MENTIONED_IN {count: 1}]->(d)`,
    { entities },
  );
  for (const e of ENTITIES) {
    // Labels come from the table above, never from input.
    await driver.executeQuery(`MATCH (n:Entity {id: $id}) SET n:${e.labels.join(':')}`, { id: e.id });
  }
  const events = EVENTS.map(([id, cameo, cameoName, quadClass, date, agent, target, place, doc, sentence]) =>
    ({ id, cameo, cameoName, quadClass, date, agent, target, place, doc, sentence }));
  await driver.executeQuery(
    `UNWIND $events AS ev
     MATCH (d:Document {id: ev.doc}), (a:Entity {id: ev.agent}), (t:Entity {id: ev.target})
     CREATE (e:Event {id: ev.id, cameo: ev.cameo, cameoName: ev.cameoName, quadClass: ev.quadClass, date: ev.date,
       dateSource: 'article', confidence: 0.8, label: a.name + ' — ' + ev.cameoName + ' — ' + t.name, sourceCount: 1, mergeNotes: []})
     CREATE (a)-[:AGENT_IN]->(e), (e)-[:TARGETS]->(t)
     CREATE (e)-[:REPORTED_IN {sentence: ev.sentence, sentenceIndex: 0, start: 0, end: size(ev.sentence)}]->(d)
     WITH e, ev OPTIONAL MATCH (l:Location {id: ev.place})
     FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | CREATE (e)-[:AT]->(l))`,
    { events },
  );
  await driver.executeQuery(
    `MATCH (p:Person {id: 'vladimir-putin'}), (r:Actor {id: 'russia'}) CREATE (p)-[:AFFILIATED_WITH {role: 'President'}]->(r)
     WITH 1 AS _ MATCH (p:Person {id: 'bashar-al-assad'}), (s:Actor {id: 'syria'}) CREATE (p)-[:AFFILIATED_WITH {role: 'President'}]->(s)`,
  );
}
