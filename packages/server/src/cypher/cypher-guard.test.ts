import { checkReadOnlyPlan, procedureName } from './cypher-guard';

const op = (operatorType: string, details = '') => ({ operatorType: `${operatorType}@neo4j`, details });

describe('checkReadOnlyPlan', () => {
  it('allows a plain read plan', () => {
    expect(checkReadOnlyPlan('r', [op('ProduceResults'), op('AllNodesScan')])).toEqual({ allowed: true });
  });

  it('refuses write, read-write and schema query types with a reason', () => {
    for (const type of ['w', 'rw', 's', undefined]) {
      const verdict = checkReadOnlyPlan(type, [op('ProduceResults')]);
      expect(verdict.allowed).toBe(false);
    }
    const verdict = checkReadOnlyPlan('rw', []);
    expect(verdict.allowed === false && verdict.reason).toMatch(/writes/);
  });

  it('refuses LOAD CSV and transaction commands even when Neo4j calls them read-only', () => {
    expect(checkReadOnlyPlan('r', [op('ProduceResults'), op('LoadCSV')]).allowed).toBe(false);
    expect(checkReadOnlyPlan('r', [op('TerminateTransactions')]).allowed).toBe(false);
  });

  it('allows listed procedures only', () => {
    expect(checkReadOnlyPlan('r', [op('ProcedureCall', 'db.labels() :: (label :: STRING)')]).allowed).toBe(true);
    expect(checkReadOnlyPlan('r', [op('ProcedureCall', 'db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)')]).allowed).toBe(true);
    const verdict = checkReadOnlyPlan('r', [op('ProcedureCall', 'dbms.components() :: (name :: STRING)')]);
    expect(verdict.allowed === false && verdict.reason).toMatch(/dbms\.components/);
  });

  it('refuses SHOW listings, db.info and db.schema.* unless introspection is allowed', () => {
    const listings = [[op('ShowProcedures')], [op('ShowIndexes')], [op('ProcedureCall', 'db.info() :: (id :: STRING)')], [op('ProcedureCall', 'db.schema.visualization() :: (x)')]];
    for (const plan of listings) {
      const verdict = checkReadOnlyPlan('r', [op('ProduceResults'), ...plan]);
      expect(verdict.allowed === false && verdict.reason).toMatch(/GET \/api\/schema/);
      expect(checkReadOnlyPlan('r', plan, { allowIntrospection: true })).toEqual({ allowed: true });
    }
    expect(checkReadOnlyPlan('r', [op('ShowTransactions')], { allowIntrospection: true }).allowed).toBe(false);
  });

  it('reads the procedure name from plan details', () => {
    expect(procedureName('db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)')).toBe('db.index.fulltext.queryNodes');
  });
});
