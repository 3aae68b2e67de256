/**
 * Finds one node by its stable id without a label scan: one index-backed branch per
 * uniquely-keyed label of the model (Entity covers Actor and Location), plus elementId for nodes the console made visible.
 * The id is always a parameter.
 */
import { LABEL } from '@kg/model';

/** The UNION body returning `variable` for the node whose id is `$<param>`. */
export function nodeByIdUnion(param: string, variable = 'n'): string {
  const branches = [LABEL.Entity, LABEL.Event, LABEL.Document].map(
    (label) => `MATCH (${variable}:${label} {id: $${param}}) RETURN ${variable}`,
  );
  branches.push(`MATCH (${variable}) WHERE elementId(${variable}) = $${param} RETURN ${variable}`);
  return branches.join(' UNION ');
}

/** A CALL subquery binding `variable` (no row when the id is unknown). */
export function matchNodeById(param: string, variable = 'n'): string {
  return `CALL () { ${nodeByIdUnion(param, variable)} }`;
}

/** An OPTIONAL CALL subquery: `variable` is null when the id is unknown. */
export function optionalNodeById(param: string, variable = 'n'): string {
  return `OPTIONAL CALL () { ${nodeByIdUnion(param, variable)} }`;
}
