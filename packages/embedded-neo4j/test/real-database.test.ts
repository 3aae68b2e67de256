import { useCleanDatabase } from '@kg/testing';

describe('the Neo4j the tests run against', () => {
  const db = useCleanDatabase();

  it('creates a uniqueness constraint, writes a node and reads it back', async () => {
    await db().executeQuery('CREATE CONSTRAINT probe_id IF NOT EXISTS FOR (p:Probe) REQUIRE p.id IS UNIQUE');
    await db().executeQuery('CREATE (:Probe {id: $id, name: $name})', { id: 'p-1', name: 'first' });

    const { records } = await db().executeQuery('MATCH (p:Probe {id: $id}) RETURN p.name AS name', { id: 'p-1' });
    expect(records.map((r) => r.get('name'))).toEqual(['first']);

    const constraints = await db().executeQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'probe_id' RETURN name");
    expect(constraints.records).toHaveLength(1);
  });

  it('enforces the constraint it created', async () => {
    await expect(db().executeQuery('CREATE (:Probe {id: $id})', { id: 'p-1' })).rejects.toThrow(/already exists/);
  });

  it('reports a Neo4j 5.26 server', async () => {
    const { records } = await db().executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    expect(String(records[0]?.get('version'))).toMatch(/^5\.26\./);
  });
});
