/** Word lists the role rules read: data, so they can grow without touching the rules. */

/** Forms of "be" that make a following past participle passive ("was attacked by"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Prepositions after which a mention is an object or a place, not the subject. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'with', 'to', 'from', 'in', 'at', 'for', 'against', 'on', 'by', 'into', 'about', 'near', 'toward', 'towards', 'between', 'than', 'inside', 'across', 'throughout', 'within', 'around', 'along', 'outside', 'over', 'via',
]);

/** Prepositions after which a country or city names where something happened. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'inside', 'across', 'throughout', 'toward', 'towards', 'within', 'around', 'along', 'outside', 'on', 'of', 'over',
]);

/** "<force>, backed by <ally>": the ally shares the action. */
export const SUPPORT_PARTICIPLES: ReadonlySet<string> = new Set(['backed', 'supported', 'led', 'aided', 'assisted', 'helped', 'accompanied', 'joined', 'commanded']);

/** Pronouns that point back to the last person named. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him']);

/** Adverbs allowed between "was" and a participle ("was reportedly attacked"). */
export const ADVERB = /ly$/;
