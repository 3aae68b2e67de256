/**
 * Titles and roles that precede or follow a person's name. Multi-word titles first so the
 * longest one wins ("Brigadier General" before "General").
 */
export const PERSON_TITLES: readonly string[] = [
  'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Interior Minister',
  'Finance Minister', 'Deputy Foreign Minister', 'Deputy Prime Minister', 'Minister',
  'Vice President', 'President', 'Presidential Envoy', 'Special Envoy', 'Envoy', 'Ambassador',
  'Secretary of State', 'Secretary-General', 'Secretary General', 'Secretary', 'Chancellor',
  'King', 'Queen', 'Prince', 'Crown Prince', 'Emir', 'Sheikh', 'Sultan', 'Ayatollah', 'Supreme Leader',
  'Brigadier General', 'Brig. Gen.', 'Brig Gen', 'Major General', 'Maj. Gen.', 'Lieutenant General', 'Lt. Gen.',
  'General', 'Gen.', 'Colonel', 'Col.', 'Lieutenant Colonel', 'Lt. Col.', 'Major', 'Maj.', 'Captain', 'Capt.',
  'Lieutenant', 'Lt.', 'Sergeant', 'Admiral', 'Adm.', 'Vice Admiral', 'Rear Admiral', 'Commander', 'Marshal', 'Field Marshal',
  'Chief of Staff', 'Chief of the General Staff', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Senator', 'Sen.', 'Representative', 'Rep.', 'Governor', 'Gov.', 'Mayor', 'Speaker', 'Judge', 'Justice',
  'Pope', 'Patriarch', 'Bishop', 'Archbishop', 'Imam', 'Rabbi', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms',
  'Professor', 'Prof.', 'Director', 'Chairman', 'Chairwoman', 'Chief', 'Head',
];

/** Lower-case role nouns that introduce or follow a name ("spokesman for X, Y", "Y, director of X"). */
export const ROLE_NOUNS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'director', 'commander', 'chief', 'head', 'leader',
  'minister', 'president', 'envoy', 'ambassador', 'official', 'adviser', 'advisor', 'general',
  'editor', 'journalist', 'correspondent', 'reporter', 'analyst', 'founder', 'chairman', 'secretary',
];

/** Offices whose holder "the Russian president" / "the head of state" refers to. */
export const OFFICE_NOUNS: readonly string[] = ['president', 'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'king', 'leader', 'head of state'];
