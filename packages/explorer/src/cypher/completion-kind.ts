/**
 * What kind of name the cursor is typing in a Cypher query: a label after `(x:`, a
 * relationship type after `[r:` or `|`, a property after `x.`, else a keyword or anything.
 */
export type CompletionKind = 'label' | 'type' | 'property' | 'any';

export function completionKind(textBefore: string): CompletionKind {
  const m = /([:.|])\s*`?[\w]*$/.exec(textBefore);
  if (!m) return 'any';
  if (m[1] === '.') return /[\w`)\]]\.\s*`?\w*$/.test(textBefore) ? 'property' : 'any';
  // Inside which bracket are we? The last unclosed one decides.
  let depthRound = 0;
  let depthSquare = 0;
  for (let i = textBefore.length - 1; i >= 0; i--) {
    const c = textBefore[i];
    if (c === ')') depthRound++;
    else if (c === ']') depthSquare++;
    else if (c === '(') {
      if (depthRound === 0) return m[1] === '|' ? 'label' : 'label';
      depthRound--;
    } else if (c === '[') {
      if (depthSquare === 0) return 'type';
      depthSquare--;
    }
  }
  return m[1] === ':' ? 'label' : 'any';
}

export const CYPHER_KEYWORDS = [
  'MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'ORDER BY', 'LIMIT', 'SKIP', 'DISTINCT', 'UNWIND', 'AS', 'AND', 'OR', 'NOT',
  'IN', 'CONTAINS', 'STARTS WITH', 'ENDS WITH', 'IS NULL', 'IS NOT NULL', 'COUNT', 'COLLECT', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END',
  'CALL', 'YIELD', 'UNION', 'shortestPath', 'allShortestPaths', 'coalesce', 'toLower', 'size', 'labels', 'type', 'properties', 'DESC', 'ASC',
];
