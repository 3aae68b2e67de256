/** Negation: a negating word within the few words before a trigger ("did not withdraw", "never met"). */
import { NEGATIONS } from '../lexicons/cameo-verbs';
import type { Token } from '../tokens';

/** How far back a negation reaches: "has not yet fully withdrawn". */
const WINDOW = 3;

export function isNegated(tokens: readonly Token[], triggerAt: number): boolean {
  if (/[,;:.]/.test(tokens[triggerAt]?.gap ?? '')) return false;
  for (let k = triggerAt - 1; k >= Math.max(0, triggerAt - WINDOW); k--) {
    const t = tokens[k]!;
    if (NEGATIONS.has(t.lower)) return true;
    if (/[,;:.]/.test(t.gap) && k < triggerAt) break; // a clause boundary before this word
  }
  return false;
}
