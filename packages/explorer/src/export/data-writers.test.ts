import { XMLParser } from 'fast-xml-parser';
import { toGraphML } from './graphml';
import { edgesCsv, nodesCsv } from './csv';
import { toCypherScript, cypherLiteral } from './cypher-script';
import { SMALL_GRAPH } from './fixtures.test-data';

const asArray = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

describe('GraphML writer', () => {
  const xml = toGraphML(SMALL_GRAPH);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml);

  it('declares typed keys for node and edge properties', () => {
    const keys = asArray(doc.graphml.key) as Record<string, string>[];
    const type = (domain: string, name: string) => keys.find((k) => k['@for'] === domain && k['@attr.name'] === name)?.['@attr.type'];
    expect(type('node', 'quadClass')).toBe('int');
    expect(type('node', 'confidence')).toBe('double');
    expect(type('node', 'date')).toBe('string');
    expect(type('node', 'cameo')).toBe('string');
    expect(type('edge', 'sentenceIndex')).toBe('int');
    expect(type('edge', 'type')).toBe('string');
    expect(new Set(keys.map((k) => k['@id'])).size).toBe(keys.length);
  });

  it('holds every node and edge with its attributes, escaped', () => {
    const nodes = asArray(doc.graphml.graph.node) as { '@id': string; data: { '@key': string; '#text': unknown }[] }[];
    expect(nodes.map((n) => n['@id'])).toEqual(['russia', 'syria', 'ev-1', 'doc-1']);
    const data = (id: string, key: string) => asArray(nodes.find((n) => n['@id'] === id)!.data).find((d) => d['@key'] === key)?.['#text'];
    expect(data('doc-1', 'n_title')).toBe('Putin orders "partial" withdrawal, <Syria>');
    expect(data('russia', 'n_aliases')).toBe('Russia; Russian Federation');
    expect(data('russia', 'n_labels')).toBe('Actor:Country:Location');
    expect(data('ev-1', 'n_cameo')).toBe('08');
    const edges = asArray(doc.graphml.graph.edge) as Record<string, string>[];
    expect(edges.map((e) => [e['@source'], e['@target']])).toEqual([['russia', 'ev-1'], ['ev-1', 'syria'], ['ev-1', 'doc-1']]);
  });
});

describe('CSV writer', () => {
  it('writes Gephi-style node and edge tables with quoted cells', () => {
    const nodes = nodesCsv(SMALL_GRAPH).split('\r\n');
    expect(nodes[0]!.startsWith('Id,Label,labels,name,type,aliases')).toBe(true);
    expect(nodes).toContain('russia,Russia,Actor:Country:Location,Russia,COUNTRY,Russia; Russian Federation,60,100' + ',,,,,,,,,,,');
    const edges = edgesCsv(SMALL_GRAPH);
    expect(edges.split('\r\n')[0]).toBe('Id,Source,Target,relationship,Label,sentence,sentenceIndex,start,end');
    expect(edges).toContain('r3,ev-1,doc-1,REPORTED_IN,REPORTED_IN,"Putin said, ""we\'re leaving""\nnow.",3,120,160');
  });
});

describe('Cypher script writer', () => {
  it('MERGEs nodes on their id and recreates relationships between them', () => {
    const script = toCypherScript(SMALL_GRAPH);
    expect(script).toContain("MERGE (n:Actor:Country:Location {id: 'russia'}) SET n += {name: 'Russia', type: 'COUNTRY', aliases: ['Russia', 'Russian Federation'], lat: 60, lon: 100};");
    expect(script).toContain("MATCH (a:Event {id: 'ev-1'}), (b:Document {id: 'doc-1'}) CREATE (a)-[:REPORTED_IN {sentence: 'Putin said, \"we\\'re leaving\"\\nnow.', sentenceIndex: 3, start: 120, end: 160}]->(b);");
    expect(script.match(/^MERGE/gm)).toHaveLength(4);
    expect(script.match(/^MATCH/gm)).toHaveLength(3);
  });

  it('escapes literals', () => {
    expect(cypherLiteral("O'Neil \\ x")).toBe("'O\\'Neil \\\\ x'");
    expect(cypherLiteral([1, 'a', null])).toBe("[1, 'a', null]");
  });
});
