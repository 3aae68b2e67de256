/**
 * A small graph written with Cypher, following packages/model/src/graph.ts, for tests that
 * must not depend on extraction quality (injection, console refusals, caps).
 */
import type { Driver } from 'neo4j-driver';

const TEXT =
  'Putin ordered a partial withdrawal of Russian troops from Syria at Hmeimim air base. ' +
  'Syrian forces fought ISIS near Albu Kamal. Erdoğan spoke to Putin.';

export const FIXTURE_TEXT = TEXT;

const at = (word: string): [number, number] => {
  const start = TEXT.indexOf(word);
  return [start, start + word.length];
};

export async function writeFixtureGraph(driver: Driver): Promise<void> {
  const entities = [
    { id: 'russia', name: 'Russia', type: 'COUNTRY', labels: ['Actor', 'Country', 'Location'], aliases: ['Russia', 'Russian'], form: 'Russian' },
    { id: 'syria', name: 'Syria', type: 'COUNTRY', labels: ['Actor', 'Country', 'Location'], aliases: ['Syria', 'Syrian'], form: 'Syria' },
    { id: 'isis', name: 'ISIS', type: 'ORGANIZATION', labels: ['Actor', 'Organization'], aliases: ['ISIS', 'Islamic State'], form: 'ISIS' },
    { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'PERSON', labels: ['Actor', 'Person'], aliases: ['Vladimir Putin', 'Putin'], form: 'Putin' },
    { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', type: 'PERSON', labels: ['Actor', 'Person'], aliases: ['Erdoğan'], form: 'Erdoğan' },
    { id: 'hmeimim-air-base', name: 'Hmeimim Air Base', type: 'LOCATION', labels: ['Location'], aliases: ['Hmeimim air base', 'Khmeimim'], form: 'Hmeimim air base' },
    { id: 'abu-kamal', name: 'Abu Kamal', type: 'LOCATION', labels: ['Location'], aliases: ['Albu Kamal', 'Bukamal'], form: 'Albu Kamal' },
  ].map((e) => {
    const [start, end] = at(e.form);
    const searchText = [e.name, ...e.aliases].join(' ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    return { ...e, searchText, start, end };
  });
  await driver.executeQuery(`CREATE CONSTRAINT fx_entity IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE`);
  await driver.executeQuery(`CREATE CONSTRAINT fx_event IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE`);
  await driver.executeQuery(`CREATE CONSTRAINT fx_doc IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE`);
  await driver.executeQuery(`CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Actor|Location) ON EACH [n.name, n.aliases, n.searchText]`);
  await driver.executeQuery('CALL db.awaitIndexes(60)');
  await driver.executeQuery(
    `CREATE (d:Document {id: 'doc-1', file: 'fixture.txt', title: 'Putin orders withdrawal', published: '2017-12-11', text: $text, chars: size($text)})
     WITH d UNWIND $entities AS e
     CREATE (n:Entity {id: e.id, name: e.name, type: e.type, aliases: e.aliases, searchText: e.searchText})
     CREATE (n)-[:MENTIONED_IN {count: 1, forms: [e.form], starts: [e.start], ends: [e.end]}]->(d)
     RETURN count(n)`,
    { text: TEXT, entities },
  );
  for (const e of entities) {
    // Labels come from the fixture table above, never from a request.
    await driver.executeQuery(`MATCH (n:Entity {id: $id}) SET n:${e.labels.join(':')}`, { id: e.id });
  }
  const events = [
    { id: 'ev-1', cameo: '08', cameoName: 'yield', quadClass: 2, date: '2017-12-11', agent: 'vladimir-putin', target: 'syria', place: 'hmeimim-air-base', sentence: 'Putin ordered a partial withdrawal of Russian troops from Syria at Hmeimim air base.' },
    { id: 'ev-2', cameo: '06', cameoName: 'engage in material cooperation', quadClass: 2, date: '2017-12-11', agent: 'russia', target: 'syria', place: 'syria', sentence: 'Putin ordered a partial withdrawal of Russian troops from Syria at Hmeimim air base.' },
    { id: 'ev-3', cameo: '19', cameoName: 'fight', quadClass: 4, date: '2017-11-19', agent: 'syria', target: 'isis', place: 'abu-kamal', sentence: 'Syrian forces fought ISIS near Albu Kamal.' },
    { id: 'ev-4', cameo: '04', cameoName: 'consult', quadClass: 1, date: '2017-12-12', agent: 'recep-tayyip-erdogan', target: 'vladimir-putin', place: null, sentence: 'Erdoğan spoke to Putin.' },
  ];
  await driver.executeQuery(
    `MATCH (d:Document {id: 'doc-1'})
     UNWIND $events AS ev
     MATCH (a:Actor {id: ev.agent}), (t:Actor {id: ev.target})
     CREATE (e:Event {id: ev.id, cameo: ev.cameo, cameoName: ev.cameoName, quadClass: ev.quadClass, date: ev.date,
       dateSource: 'article', confidence: 0.8, label: a.name + ' — ' + ev.cameoName + ' — ' + t.name, sourceCount: 1, mergeNotes: []})
     CREATE (a)-[:AGENT_IN]->(e), (e)-[:TARGETS]->(t)
     CREATE (e)-[:REPORTED_IN {sentence: ev.sentence, sentenceIndex: 0, start: 0, end: size(ev.sentence)}]->(d)
     WITH e, ev OPTIONAL MATCH (l:Location {id: ev.place})
     FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | CREATE (e)-[:AT]->(l))`,
    { events },
  );
  await driver.executeQuery(
    `MATCH (p:Person {id: 'vladimir-putin'}), (r:Actor {id: 'russia'}) CREATE (p)-[:AFFILIATED_WITH {role: 'President'}]->(r)`,
  );
}
