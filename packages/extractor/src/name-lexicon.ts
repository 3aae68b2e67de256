/**
 * Person-name knowledge taken from compromise's lexicon: which words are given names and
 * which are family names. Read once per process.
 */
import nlp from 'compromise';

export interface NameLexicon {
  readonly firstNames: ReadonlySet<string>;
  readonly lastNames: ReadonlySet<string>;
}

let shared: NameLexicon | null = null;

export function sharedNameLexicon(): NameLexicon {
  if (shared) return shared;
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (word.includes(' ')) continue;
    if (list.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) firstNames.add(word);
    if (list.includes('LastName')) lastNames.add(word);
  }
  shared = { firstNames, lastNames };
  return shared;
}
