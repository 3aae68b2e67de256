/** Where a fact was read: a sentence of an article, with offsets into the original text. */
export interface Provenance {
  /** The article's file name (or `stdin`, or the title for posted articles). */
  readonly file: string;
  /** The Document id the article got (see ids.ts documentIdFor). */
  readonly documentId: string;
  readonly sentenceIndex: number;
  /** Offsets of the sentence in the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The sentence verbatim, as `text.slice(start, end)`. */
  readonly sentence: string;
}
