/**
 * Normalisation keys for names. `foldName` is the display-insensitive key (case, diacritics,
 * apostrophes, hyphens); `arabicKey` is a transliteration-tolerant key for names written in
 * Latin letters from Arabic (and Russian): articles dropped, kh→h, doubled letters and vowels
 * dropped, so Hmeimim = Khmeimim = Hemeimeem and Tartus = Tartous.
 */

/** Arabic definite articles as they appear transliterated before a hyphen or space. */
const ARTICLES = new Set(['al', 'el', 'as', 'ash', 'ar', 'ad', 'an', 'at', 'az', 'ez', 'es', 'ed', 'ul']);

const PLAIN = /^[A-Za-z0-9]+$/;
const FOLD_CACHE = new Map<string, string>();
const ARABIC_CACHE = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Keys are asked for the same few thousand names again and again: memoise, bounded. */
function memo(cache: Map<string, string>, text: string, compute: (t: string) => string): string {
  let v = cache.get(text);
  if (v === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    v = compute(text);
    cache.set(text, v);
  }
  return v;
}

export function foldName(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase(); // most tokens: nothing to fold
  return memo(FOLD_CACHE, text, foldSlow);
}

function foldSlow(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´ʻʼ]/g, '')
    .replace(/[-‐‑‒–—―]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Folded words with the Arabic article dropped ("al-Bukamal" → ["bukamal"]). */
const WORDS_CACHE = new Map<string, readonly string[]>();

export function nameWords(text: string): readonly string[] {
  let v = WORDS_CACHE.get(text);
  if (v === undefined) {
    if (WORDS_CACHE.size >= CACHE_LIMIT) WORDS_CACHE.clear();
    v = nameWordsSlow(text);
    WORDS_CACHE.set(text, v);
  }
  return v;
}

function nameWordsSlow(text: string): string[] {
  const words = foldName(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (ARTICLES.has(w) && i < words.length - 1) continue;
    out.push(w);
  }
  return out;
}

/** Consonant skeleton of one word: kh→h, ou→u, identical runs collapsed, vowels dropped. */
export function skeleton(word: string): string {
  const w = word
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1');
  const body = w.slice(1).replace(/[aeiouy]/g, '');
  const head = /[aeiouy]/.test(w[0] ?? '') ? '' : (w[0] ?? '');
  return head + body;
}

/** Transliteration-tolerant key of a whole name ("Deir al-Zour" → "drzr"). */
export function arabicKey(text: string): string {
  return memo(ARABIC_CACHE, text, (t) => nameWords(t).map(skeleton).join(''));
}

/** Consonants in a key; fuzzy joins need enough of them to be safe. */
export function keyStrength(key: string): number {
  return key.replace(/[^a-z]/g, '').length;
}
