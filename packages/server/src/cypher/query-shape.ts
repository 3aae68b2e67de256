/**
 * Shape limits checked before a statement reaches Neo4j: its parser and the Bolt decoder
 * recurse once per nesting level, so 4,000 nested parentheses or deeply nested parameters
 * crash the statement (or the connection) instead of failing cleanly. Pure functions.
 */

/** Deepest nesting of (), [] and {} outside string literals, quoted names and comments. */
export function nestingDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  while (i < query.length) {
    const ch = query[i];
    const next = query[i + 1];
    if (ch === "'" || ch === '"' || ch === '`') {
      // Skip to the closing quote; backslash escapes the next character in strings.
      i += 1;
      while (i < query.length && query[i] !== ch) i += query[i] === '\\' && ch !== '`' ? 2 : 1;
    } else if (ch === '/' && next === '/') {
      while (i < query.length && query[i] !== '\n') i += 1;
    } else if (ch === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 1;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      depth = Math.max(0, depth - 1);
    }
    i += 1;
  }
  return deepest;
}

/** Deepest nesting of arrays and objects in a JSON-like value (iterative: no stack to blow). */
export function valueDepth(value: unknown): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; depth: number };
    if (item.value === null || typeof item.value !== 'object') continue;
    const depth = item.depth + 1;
    if (depth > deepest) deepest = depth;
    for (const inner of Object.values(item.value as object)) stack.push({ value: inner, depth });
  }
  return deepest;
}

export const MAX_QUERY_NESTING = 100;
export const MAX_PARAMS_DEPTH = 32;

/** Why the statement is refused before it runs, or null when its shape is fine. */
export function queryShapeProblem(query: string, params: Record<string, unknown>): string | null {
  const nesting = nestingDepth(query);
  if (nesting > MAX_QUERY_NESTING) {
    return `the query nests brackets ${nesting} levels deep; the console accepts at most ${MAX_QUERY_NESTING}`;
  }
  const depth = valueDepth(params);
  if (depth > MAX_PARAMS_DEPTH) {
    return `the parameters nest ${depth} levels deep; the console accepts at most ${MAX_PARAMS_DEPTH}`;
  }
  return null;
}
