/**
 * What is not article content, as line patterns. `scope` says how much goes:
 * `line` the line, `from-match` from the match to the end of the line, `prefix` only the match,
 * `to-end` the line and everything after it (comment boxes, footers), `paragraph` the paragraph.
 */
export type BoilerplateScope = 'line' | 'from-match' | 'prefix' | 'to-end' | 'paragraph';

export interface BoilerplateRule {
  readonly kind: string;
  readonly pattern: RegExp;
  readonly scope: BoilerplateScope;
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // Essay-mill and other advertising
  { kind: 'advertising', pattern: /custom essay|write an? (custom )?essay|for only \$\d/i, scope: 'line' },
  { kind: 'advertising', pattern: /^\s*(order now|check it out|buy now|shop now|learn more|get started)\b/i, scope: 'line' },
  { kind: 'advertising', pattern: /^\s*(hi,? )?i['’]m [A-Z][a-z]+!?\s*$/, scope: 'line' },
  { kind: 'advertising', pattern: /^\s*-?\s*advertisement\s*-?\s*$/i, scope: 'line' },
  { kind: 'advertising', pattern: /^\s*(sponsored|promoted)( content)?\s*$/i, scope: 'line' },
  // Comment boxes and sharing widgets
  { kind: 'comments', pattern: /^\s*(leave a (reply|comment)|post a comment|add a comment|\d+ comments?|comments are closed)/i, scope: 'to-end' },
  { kind: 'comments', pattern: /^\s*(no comments|send your comments|your comment|comments? as a visitor)/i, scope: 'to-end' },
  { kind: 'comments', pattern: /bloggers like this|^\s*(share|like) this:?\s*$|^\s*share (on|via) /i, scope: 'line' },
  // Newsletter prompts
  { kind: 'newsletter', pattern: /^\s*(subscribe to|sign up (here )?(to|for)|join our (mailing list|newsletter))/i, scope: 'line' },
  { kind: 'newsletter', pattern: /delivered (directly )?to your inbox|newsletter/i, scope: 'line' },
  // Photo credits and captions
  { kind: 'photo credit', pattern: /\b(Photograph|Photo|Image|Picture|Credit|Photo credit)s?:\s.*$/, scope: 'from-match' },
  { kind: 'photo credit', pattern: /\s©\s.*$/, scope: 'from-match' },
  { kind: 'photo credit', pattern: /^\s*FILE PHOTO:\s*/i, scope: 'prefix' },
  // Bylines, datelines, outlet names
  { kind: 'byline', pattern: /^\s*by\s+[A-Z][\p{L}.'’-]+(\s+[A-Z][\p{L}.'’-]+){0,3}\s*$/u, scope: 'line' },
  { kind: 'dateline', pattern: /^\s*(\w+day,?\s+)?(\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+,?\s+\d{4})(\s+\d{1,2}:\d{2})?(\s*[–—-][^.]{0,40})?\s*$/, scope: 'line' },
  { kind: 'outlet', pattern: /^\s*[\w-]+\.(com|org|net|ru|co\.uk|info|news)\s*$/i, scope: 'line' },
  // Author bios
  { kind: 'author bio', pattern: /^\s*[A-Z][\p{L}'’-]+(\s+[A-Z][\p{L}'’-]+){0,2} (is|was) an? ([\w-]+ )*(editor|journalist|writer|reporter|correspondent|author|columnist|contributor|analyst|researcher|freelancer)\b/u, scope: 'paragraph' },
  { kind: 'author bio', pattern: /you can support (him|her|them|us)|support (my|our|her|his) work|patreon/i, scope: 'line' },
  // Lists of related headlines (timestamps) and publisher footers
  { kind: 'related headlines', pattern: /GMT \d{1,2}:\d{2}\b|^\s*(related|read more|more from|you may also like|recommended)( articles| stories| news)?:?\s*$/i, scope: 'line' },
  { kind: 'footer', pattern: /all rights reserved|^\s*copyright\b|maintained and developed by|^\s*©/i, scope: 'line' },
];
