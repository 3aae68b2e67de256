/**
 * The console's read-only policy, decided on Neo4j's own EXPLAIN plan (not on the text, which
 * can hide a write in a subquery, a comment trick or a procedure): the statement's queryType
 * must be 'r', and no operator in the plan may load files, touch transactions or settings,
 * or call a procedure outside a small allow-list. Listings of the server itself (SHOW …,
 * db.info, db.schema.*) are refused unless the policy allows introspection: the explorer's
 * completion reads labels, types and keys from GET /api/schema instead. Pure: the plan is
 * plain data here.
 */

export interface GuardPolicy {
  /** Allow SHOW … listings, db.info and db.schema.* (KG_CONSOLE_INTROSPECTION). */
  readonly allowIntrospection: boolean;
}

export const DEFAULT_GUARD_POLICY: GuardPolicy = { allowIntrospection: false };

export interface PlanOperator {
  readonly operatorType: string;
  readonly details: string;
}

export type GuardVerdict = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/** Operators that are refused even in a plan Neo4j calls read-only. */
const DENIED_OPERATORS: Readonly<Record<string, string>> = {
  LoadCSV: 'LOAD CSV reads files or URLs from the database server',
  TerminateTransactions: 'TERMINATE TRANSACTIONS stops other users’ work',
  ShowTransactions: 'SHOW TRANSACTIONS exposes other users’ queries',
  ShowSettings: 'SHOW SETTINGS exposes the database configuration',
  AdministrationCommand: 'administration commands are not available in the console',
  TransactionForeach: 'CALL { … } IN TRANSACTIONS commits on its own',
  TransactionApply: 'CALL { … } IN TRANSACTIONS commits on its own',
};

/** Read-only procedures the console may call (name or name prefix ending with '.'). */
const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.ping',
];

/** Procedures that describe the server or its schema: allowed only with introspection on. */
const INTROSPECTION_PROCEDURES: readonly string[] = ['db.info', 'db.schema.'];

/** Plan operators of SHOW … commands (ShowProcedures, ShowIndexes, …): introspection. */
const isShowOperator = (name: string): boolean => /^Show[A-Z]/.test(name);

const QUERY_TYPE_REASONS: Readonly<Record<string, string>> = {
  w: 'it writes to the graph (CREATE, MERGE, SET, REMOVE, DELETE or a write procedure)',
  rw: 'it writes to the graph (CREATE, MERGE, SET, REMOVE, DELETE or a write procedure, possibly inside CALL { … })',
  s: 'it changes the schema or calls an administration procedure (indexes, constraints, dbms.*)',
};

export function procedureName(details: string): string {
  return (details.split('(')[0] ?? '').trim();
}

const matchesProcedure = (list: readonly string[], name: string): boolean =>
  list.some((allowed) => (allowed.endsWith('.') ? name.startsWith(allowed) : name === allowed));

const INTROSPECTION_REASON = 'it lists the server’s procedures, settings or schema (SHOW …, db.info, db.schema.*); labels, relationship types and property keys are at GET /api/schema';

/** Operator names without the runtime suffix ("ProcedureCall@neo4j" → "ProcedureCall"). */
function bareOperator(operatorType: string): string {
  return operatorType.split('@')[0] ?? operatorType;
}

export function checkReadOnlyPlan(queryType: string | undefined, operators: readonly PlanOperator[], policy: GuardPolicy = DEFAULT_GUARD_POLICY): GuardVerdict {
  if (queryType !== 'r') {
    const reason = QUERY_TYPE_REASONS[queryType ?? ''] ?? `Neo4j classifies it as '${queryType ?? 'unknown'}', not read-only`;
    return { allowed: false, reason };
  }
  for (const operator of operators) {
    const name = bareOperator(operator.operatorType);
    const denied = DENIED_OPERATORS[name];
    if (denied) return { allowed: false, reason: denied };
    if (isShowOperator(name) && !policy.allowIntrospection) return { allowed: false, reason: INTROSPECTION_REASON };
    if (name === 'ProcedureCall') {
      const procedure = procedureName(operator.details);
      if (matchesProcedure(INTROSPECTION_PROCEDURES, procedure)) {
        if (policy.allowIntrospection) continue;
        return { allowed: false, reason: INTROSPECTION_REASON };
      }
      if (!matchesProcedure(ALLOWED_PROCEDURES, procedure)) {
        return { allowed: false, reason: `the procedure ${procedure || '(unknown)'} is not on the console's read-only list (${ALLOWED_PROCEDURES.join(', ')})` };
      }
    }
  }
  return { allowed: true };
}
