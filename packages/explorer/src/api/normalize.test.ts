import { cellText, normalizeCypher, normalizeGraph, normalizeSearch } from './normalize';
import { eventsFromRows, highlight } from './evidence';
import { apiErrorFrom } from './api-error';

describe('API answers', () => {
  it('reads search hits as a list, {results}, or nodes', () => {
    const node = { id: 'hmeimim-air-base', labels: ['Location'], properties: { name: 'Hmeimim Air Base', type: 'LOCATION', aliases: ['Khmeimim'] } };
    expect(normalizeSearch({ results: [{ node, score: 2.5 }] })).toEqual([{ id: 'hmeimim-air-base', name: 'Hmeimim Air Base', type: 'LOCATION', aliases: ['Khmeimim'], score: 2.5 }]);
    expect(normalizeSearch([{ id: 'x', name: 'X', type: 'PERSON' }])[0]).toMatchObject({ id: 'x', name: 'X', aliases: [] });
    expect(normalizeSearch({ unexpected: true })).toEqual([]);
  });

  it('keeps well-formed nodes and edges of a graph and the truncated flag', () => {
    const g = normalizeGraph({ nodes: [{ id: 'a', labels: [], properties: {} }, { bad: 1 }], edges: [{ id: 'r', type: 'T', source: 'a', target: 'a', properties: {} }], truncated: true });
    expect(g.nodes).toHaveLength(1);
    expect(g.edges).toHaveLength(1);
    expect(g.truncated).toBe(true);
  });

  it('reads console results with array or object rows', () => {
    const r = normalizeCypher({ columns: ['name', 'n'], rows: [{ name: 'Russia', n: 3 }], graph: { nodes: [], edges: [] }, summary: { truncated: true } });
    expect(r.rows).toEqual([['Russia', 3]]);
    expect(r.truncated).toBe(true);
    expect(cellText({ id: 'x', labels: ['Actor'], properties: { name: 'Syria' } })).toBe('Syria');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });

  it('turns an error body into a coded error with its position, and anything else into a readable one', () => {
    const e = apiErrorFrom(400, { error: { code: 'CYPHER_SYNTAX', message: 'Invalid input', position: { line: 1, column: 7, offset: 6 } } });
    expect(e).toMatchObject({ status: 400, code: 'CYPHER_SYNTAX', position: { offset: 6 } });
    expect(apiErrorFrom(502, '<html>Bad gateway</html>').message).toMatch(/502/);
  });
});

describe('evidence', () => {
  it('maps event rows and marks every name and alias in the sentence', () => {
    const cols = ['id', 'date', 'cameo', 'cameoName', 'quadClass', 'label', 'sourceCount', 'reports', 'agents', 'targets', 'location'];
    const [ev] = eventsFromRows(cols, [['e1', '2017-12-11', '08', 'yield', 2, 'Russia — yield — Syria', 3,
      [{ sentence: 'Putin ordered Russian forces to leave Syria.', title: 'Withdrawal', published: '2017-12-11', file: 'a.txt' }], ['Russia'], ['Syria'], null]]);
    expect(ev).toMatchObject({ id: 'e1', quadClass: 2, sourceCount: 3, agents: ['Russia'], location: null });
    expect(ev?.reports[0]?.title).toBe('Withdrawal');
    const segs = highlight('Putin ordered Russian forces to leave Syria.', ['Syria', 'Russia', 'Russian']);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['Russian', 'Syria']);
    expect(segs.map((s) => s.text).join('')).toBe('Putin ordered Russian forces to leave Syria.');
  });

  it('marks acronyms only as whole words in their own case, and names only at word starts', () => {
    const marked = (sentence: string, terms: string[]) => highlight(sentence, terms).filter((s) => s.mark).map((s) => s.text);
    expect(marked('It was his satisfaction that IS lost, as it is.', ['IS', 'Islamic State'])).toEqual(['IS']);
    expect(marked('Prussia is not Russia.', ['Russia'])).toEqual(['Russia']);
    expect(marked('The Islamic State and ISIS', ['IS', 'ISIS', 'Islamic State'])).toEqual(['Islamic State', 'ISIS']);
  });
});
