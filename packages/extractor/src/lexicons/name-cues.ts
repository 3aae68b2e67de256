/**
 * Words that tell what kind of thing a capitalised name is, from inside the name (head words)
 * or around it (cues). Data for mentions.ts and entity-types.ts.
 */
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Last word of an organisation's name. */
export const ORG_HEADS = set(`
  ministry forces force army command center centre council committee organization organisation party front
  brigade brigades corps group agency news university institute observatory union bank nations court press
  times post network studies movement coalition alliance office department service services guard guards
  police authority commission league association foundation company corporation inc ltd media tv channel
  navy parliament assembly congress senate government cabinet administration fund bureau division regiment battalion
  staff intelligence directorate federation
`);

/** Last word of a place's name ("Euphrates River", "Hemeimeem airbase"). */
export const LOCATION_HEADS = set(`
  river valley basin sea ocean gulf lake mountains mountain mount desert base airbase airport province governorate
  region district island islands peninsula strait canal bay square street bridge dam field fields farm camp crossing
  port harbour harbor heights plain plains oasis
`);

/** Generic place nouns that may follow a name in lower case and are not part of it ("Daraa city", "Abu Dali town"). */
export const PLACE_NOUNS_AFTER = set(`town city village area district province governorate region countryside neighborhood neighbourhood suburb camp crossing farm farms airbase base outskirts`);

/** Phrases before a name that make it a place: "town of X", "countryside of X", "in X". */
export const STRONG_PLACE_CUES: readonly string[] = [
  'town of', 'towns of', 'village of', 'villages of', 'city of', 'cities of', 'countryside of', 'outskirts of',
  'province of', 'governorate of', 'region of', 'district of', 'neighborhood of', 'neighbourhood of', 'neighborhoods of', 'neighbourhoods of', 'districts of', 'provinces of', 'regions of', 'suburb of', 'suburbs of',
  'vicinity of', 'north of', 'south of', 'east of', 'west of', 'northeast of', 'northwest of', 'southeast of', 'southwest of',
  'outside', 'near', 'towards', 'toward', 'resort city of', 'capital of', 'port of', 'port city of', 'border town of',
  'desert of', 'banks of', 'area of', 'areas of',
];

/** Weaker place cues: a preposition; a known first name overrides them. */
export const WEAK_PLACE_CUES = set(`in at from to into between around across via`);

/** Capitalised words that start sentences or headlines and are never names by themselves. */
export const NON_NAME_CAPITALS = set(`
  the a an in on at from with for and but or nor so yet it its this that these those he she they we i you his her
  their our my your also after before during while when where which who whom whose what why how less more most not
  however meanwhile moreover furthermore although though as if then there here both all any each every some many
  much few several no yes other another such only even still just since until unless because than about above below
  over under into onto upon within without between among against along across through throughout toward towards
  hours days weeks months years today yesterday tomorrow tonight mr mrs ms on
  monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
  january february march april may june july august
  september october november december watch update breaking exclusive read related photo video file advertisement
  editor note subscribe sign leave reply share comments comment like follow click tags posted image photograph
  president minister general chief head
  leader army forces troops government regime opposition rebels militants terrorists state country city town
  now new last first second third next previous former late
  western eastern northern southern central north south east west upper lower greater old
  said says told according asked added noted stated reported announced
  would could should will can might must shall may
  our us we're we've i'm it's that's there's here's what's
  liberation restoration recapture victory defeat end task battle war peace conflict operation operations
  statement joint national international political military official unofficial islamic democratic
  arab presidential supreme senior deputy acting interim
  no yes
  im ive id ill youre theyre weve dont cant wont isnt didnt
  am pm utc gmt est edt cst cdt pst pdt cet cest eet eest bst msk
`);

/** Generic military nouns that, after a demonym, name that state's armed forces ("Syrian troops"). */
export const MILITARY_NOUNS = set(`army forces troops military soldiers units contingent`);

/** Branches that are separate organisations ("Russian Air Force"). */
export const MILITARY_BRANCHES: readonly { readonly words: string; readonly name: string }[] = [
  { words: 'air force', name: 'Air Force' },
  { words: 'aerospace forces', name: 'Air Force' },
  { words: 'airforce', name: 'Air Force' },
  { words: 'navy', name: 'Navy' },
  { words: 'naval forces', name: 'Navy' },
];

/** National bodies named by demonym + noun ("Russian Defence Ministry", "Syrian observatory"). */
export const NATIONAL_BODIES: readonly { readonly words: string; readonly name: string }[] = [
  { words: 'defence ministry', name: 'Defence Ministry' },
  { words: 'defense ministry', name: 'Defence Ministry' },
  { words: 'ministry of defence', name: 'Defence Ministry' },
  { words: 'ministry of defense', name: 'Defence Ministry' },
  { words: 'foreign ministry', name: 'Foreign Ministry' },
  { words: 'ministry of foreign affairs', name: 'Foreign Ministry' },
  { words: 'interior ministry', name: 'Interior Ministry' },
  { words: 'general staff', name: 'General Staff' },
  { words: 'observatory', name: 'Observatory' },
];

/** Phrases that stand for the armed forces of the state an article is about. */
export const GOVERNMENT_FORCE_PHRASES: readonly string[] = [
  'government forces', 'government troops', 'regime forces', 'regime troops', 'pro-government forces', 'government army', 'regime army',
];

/** Bare generic nouns that refer back to the last armed force named ("the army units"). */
export const GENERIC_FORCE_NOUNS = set(`army military troops`);
