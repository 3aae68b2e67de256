/**
 * The tagging adapter: compromise's tagger turned into plain typed records. One call tags one
 * stretch of text (a sentence) and returns its words with part of speech, compromise's tags,
 * the lemma (infinitive of a verb, singular of a noun) and the phrase chunk each word sits in,
 * plus the chunks as token ranges. Offsets index the caller's text. Pure: compromise keeps no
 * state between calls. Nothing else in the extractor imports compromise's tagger, so a switch
 * of library (wink-nlp…) touches this file only.
 */
import nlp from 'compromise';

/** Coarse word classes the event rules read; compromise's fine tags stay in `tags`. */
export type WordClass =
  | 'verb' | 'auxiliary' | 'noun' | 'proper' | 'pronoun' | 'adjective' | 'adverb'
  | 'determiner' | 'preposition' | 'conjunction' | 'number' | 'other';

/** compromise's chunk kinds, folded: noun phrase, verb group, adjective phrase, and the glue ("pivot": prepositions, conjunctions, relatives). */
export type ChunkKind = 'noun' | 'verb' | 'adjective' | 'pivot';

export interface TaggedWord {
  readonly text: string;
  /** Offsets into the caller's text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Lower case form as written. */
  readonly normal: string;
  /** Infinitive of a verb ("retook" → "retake"), singular of a noun ("forces" → "force"), else `normal`. */
  readonly lemma: string;
  readonly word: WordClass;
  readonly tags: ReadonlySet<string>;
  readonly chunk: ChunkKind;
  /** Index of the chunk this word belongs to in `TaggedText.chunks`. */
  readonly chunkIndex: number;
}

export interface Chunk {
  readonly kind: ChunkKind;
  /** Word range [first, last] in `TaggedText.words`. */
  readonly first: number;
  readonly last: number;
}

export interface TaggedText {
  readonly words: readonly TaggedWord[];
  readonly chunks: readonly Chunk[];
}

/** The first tag in this order decides the word class ("were" is Copula and Verb: auxiliary). */
const CLASS_BY_TAG: readonly (readonly [string, WordClass])[] = [
  ['Auxiliary', 'auxiliary'], ['Copula', 'auxiliary'], ['Modal', 'auxiliary'], ['Verb', 'verb'],
  ['Pronoun', 'pronoun'], ['ProperNoun', 'proper'], ['Value', 'number'], ['Noun', 'noun'],
  ['Adjective', 'adjective'], ['Adverb', 'adverb'], ['Negative', 'adverb'], ['Determiner', 'determiner'],
  // "who", "which" open relative clauses: they join clauses as conjunctions do.
  ['Preposition', 'preposition'], ['Conjunction', 'conjunction'], ['QuestionWord', 'conjunction'],
];

function wordClass(tags: ReadonlySet<string>): WordClass {
  for (const [tag, cls] of CLASS_BY_TAG) if (tags.has(tag)) return cls;
  return 'other';
}

function chunkKind(chunk: string | undefined, word: WordClass): ChunkKind {
  switch (chunk) {
    case 'Noun': return 'noun';
    case 'Verb': return 'verb';
    case 'Adjective': return 'adjective';
    case 'Pivot': return 'pivot';
    default: return word === 'verb' || word === 'auxiliary' ? 'verb' : word === 'noun' || word === 'proper' || word === 'pronoun' ? 'noun' : 'pivot';
  }
}

interface CompromiseTerm {
  readonly text: string;
  readonly normal: string;
  readonly tags: readonly string[];
  readonly chunk?: string;
  /** Punctuation and spaces after the word ("," in "forces, who"). */
  readonly post: string;
  readonly offset: { readonly start: number; readonly length: number };
}

/** compromise's `root` is set on its internal terms by `compute('root')`; json() does not carry it. */
interface InternalTerm { readonly root?: string; readonly normal?: string }

/**
 * Tags `text.slice(start, end)`. Words are compromise's terms (hyphenated words and
 * contractions as compromise splits them); offsets are shifted to index `text`.
 */
export function tagText(text: string, start = 0, end = text.length): TaggedText {
  const slice = text.slice(start, end);
  if (!slice.trim()) return { words: [], chunks: [] };
  const doc = nlp(slice);
  doc.compute('root');
  const roots: (string | undefined)[] = [];
  for (const terms of doc.docs as unknown as InternalTerm[][]) for (const t of terms) roots.push(t.root);
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  const words: TaggedWord[] = [];
  const chunks: Chunk[] = [];
  let k = 0;
  let postBefore = '';
  for (const sentence of json) {
    for (const term of sentence.terms) {
      const tags = new Set(term.tags);
      const word = wordClass(tags);
      const chunk = chunkKind(term.chunk, word);
      const last = chunks.at(-1);
      // A new chunk starts where the kind changes, at punctuation, and at each pivot ("in", "by").
      if (!last || last.kind !== chunk || chunk === 'pivot' || /[,;:()"“”.!?]/.test(postBefore)) {
        chunks.push({ kind: chunk, first: words.length, last: words.length });
      } else chunks[chunks.length - 1] = { ...last, last: words.length };
      const root = roots[k++];
      const s = start + term.offset.start;
      words.push({
        text: term.text,
        start: s,
        end: s + term.offset.length,
        normal: term.normal,
        lemma: (root ?? term.normal).toLowerCase(),
        word,
        tags,
        chunk,
        chunkIndex: chunks.length - 1,
      });
      postBefore = term.post;
    }
  }
  return { words, chunks };
}
