import { completionKind } from './completion-kind';
import { addToHistory, loadHistory, loadSaved, saveQuery, HISTORY_SIZE, type KeyValueStore } from './query-history';
import { firstNodes, needsConfirmation } from './result-size';

const memory = (): KeyValueStore => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
};

describe('completionKind', () => {
  it('tells labels, relationship types and properties apart', () => {
    expect(completionKind('MATCH (a:Act')).toBe('label');
    expect(completionKind('MATCH (a)-[r:AGE')).toBe('type');
    expect(completionKind('MATCH (a)-[r:AGENT_IN|TAR')).toBe('type');
    expect(completionKind('MATCH (a) WHERE a.na')).toBe('property');
    expect(completionKind('MATCH (a)-[:X]->(b:')).toBe('label');
    expect(completionKind('MAT')).toBe('any');
  });
});

describe('query history', () => {
  it('keeps the most recent first without duplicates, capped', () => {
    const store = memory();
    addToHistory(store, 'A');
    addToHistory(store, 'B');
    expect(addToHistory(store, 'A')).toEqual(['A', 'B']);
    for (let i = 0; i < HISTORY_SIZE + 5; i++) addToHistory(store, `q${i}`);
    expect(loadHistory(store)).toHaveLength(HISTORY_SIZE);
  });
  it('survives corrupt storage and replaces saved queries by name', () => {
    const store = memory();
    store.setItem('kg.cypher.history', '{oops');
    expect(loadHistory(store)).toEqual([]);
    saveQuery(store, { name: 'x', query: '1' });
    saveQuery(store, { name: 'x', query: '2' });
    expect(loadSaved(store)).toEqual([{ name: 'x', query: '2' }]);
  });
});

describe('result size', () => {
  it('asks before drawing more than the threshold and cuts to the first N with their edges', () => {
    const nodes = Array.from({ length: 400 }, (_, i) => ({ id: `n${i}`, labels: [], properties: {} }));
    const edges = [{ id: 'a', type: 'T', source: 'n0', target: 'n1', properties: {} }, { id: 'b', type: 'T', source: 'n0', target: 'n399', properties: {} }];
    expect(needsConfirmation({ nodes, edges })).toBe(true);
    expect(needsConfirmation({ nodes: nodes.slice(0, 300), edges })).toBe(false);
    const cut = firstNodes({ nodes, edges }, 300);
    expect(cut.nodes).toHaveLength(300);
    expect(cut.edges.map((e) => e.id)).toEqual(['a']);
    expect(cut.truncated).toBe(true);
  });
});
