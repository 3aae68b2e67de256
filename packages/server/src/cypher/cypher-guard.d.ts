/**
 * The console's read-only policy, decided on Neo4j's own EXPLAIN plan (not on the text, which
 * can hide a write in a subquery, a comment trick or a procedure): the statement's queryType
 * must be 'r', and no operator in the plan may load files, touch transactions or settings,
 * or call a procedure outside a small allow-list. Pure: the plan is plain data here.
 */
export interface PlanOperator {
    readonly operatorType: string;
    readonly details: string;
}
export type GuardVerdict = {
    readonly allowed: true;
} | {
    readonly allowed: false;
    readonly reason: string;
};
export declare function procedureName(details: string): string;
export declare function checkReadOnlyPlan(queryType: string | undefined, operators: readonly PlanOperator[]): GuardVerdict;
