/** Flattens a driver EXPLAIN plan tree into the plain operator list the guard reads. */
import type { PlanOperator } from './cypher-guard';

interface PlanTree {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly children: readonly PlanTree[];
}

export function toPlanOperators(plan: unknown): PlanOperator[] {
  const operators: PlanOperator[] = [];
  const visit = (node: PlanTree | false | undefined): void => {
    if (!node) return;
    const details = node.arguments?.Details;
    operators.push({ operatorType: node.operatorType, details: typeof details === 'string' ? details : '' });
    for (const child of node.children ?? []) visit(child);
  };
  visit(plan as PlanTree | false);
  return operators;
}
