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

/** Adverbs allowed between "was" and a participle ("was reportedly attacked"). */
export const ADVERB = /ly$/;

/**
 * Nouns after which a bare demonym stands for the state acting ("Russian soldiers", "the
 * Syrian government"); before other nouns ("a Syrian commander", "Syrian media") it only
 * describes, and the country is not an actor.
 */
export const DEMONYM_ACTOR_HEADS: ReadonlySet<string> = new Set([
  'forces', 'force', 'troops', 'soldiers', 'army', 'armies', 'military', 'militaries', 'officers', 'government', 'authorities', 'officials', 'warplanes', 'jets', 'aircraft', 'airpower', 'navy', 'side', 'leadership', 'president', 'leader', 'minister', 'delegation', 'diplomats', 'units', 'contingent', 'regime', 'police', 'artillery',
  'drones', 'drone', 'helicopters', 'planes', 'fighter', 'fighters', 'warships', 'ships', 'tanks', 'militias', 'militia', 'commandos', 'gunboats', 'battalion', 'brigade', 'coast', 'border', 'guards', 'paratroopers', 'marines', 'sailors', 'pilots', 'negotiators', 'envoy',
]);

/** Subject pronouns and possessives that stand for the last person named. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);
