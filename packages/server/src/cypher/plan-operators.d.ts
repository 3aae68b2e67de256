/** Flattens a driver EXPLAIN plan tree into the plain operator list the guard reads. */
import type { PlanOperator } from './cypher-guard';
export declare function toPlanOperators(plan: unknown): PlanOperator[];
