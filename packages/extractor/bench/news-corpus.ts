/**
 * A repeatable corpus of news-like articles for `pnpm bench:corpus` and the ingest tests:
 * each article has a headline, a dateline, six to ten reports of diplomatic happenings
 * (who did what to whom, where, on which day) in varied phrasings, background sentences, and
 * sometimes a paragraph of the seeds. About one report in four retells a happening an
 * earlier article told (same actors, place and day, often in other words), so the
 * cross-article merge has real work. Everything comes from one seeded PRNG
 * (`@kg/testing` seededRandom): the same seed gives the same corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '@kg/testing';

/** Titled actors as a wire story first names them. */
const ACTORS: readonly string[] = [
  'Russian President Vladimir Putin', 'Turkish President Recep Tayyip Erdogan', 'Iranian President Hassan Rouhani',
  'French President Emmanuel Macron', 'German Chancellor Angela Merkel', 'US Secretary of State Rex Tillerson',
  'Chinese President Xi Jinping', 'Egyptian President Abdel Fattah al-Sisi', 'Israeli Prime Minister Benjamin Netanyahu',
  'Russian Foreign Minister Sergei Lavrov', 'Syrian President Bashar al-Assad', 'British Prime Minister Theresa May',
  'Japanese Prime Minister Shinzo Abe', 'Indian Prime Minister Narendra Modi', 'Kenyan President Uhuru Kenyatta',
  'Saudi Foreign Minister Adel al-Jubeir', 'Iraqi Prime Minister Haider al-Abadi', 'Jordanian Foreign Minister Ayman Safadi',
  'Italian Prime Minister Paolo Gentiloni', 'Canadian Prime Minister Justin Trudeau', 'Mexican President Enrique Pena Nieto',
  'South Korean President Moon Jae-in', 'Nigerian President Muhammadu Buhari', 'Pakistani Prime Minister Shahid Khaqan Abbasi',
];

const PLACES: readonly string[] = [
  'Ankara', 'Moscow', 'Tehran', 'Paris', 'Berlin', 'Geneva', 'Cairo', 'Amman', 'Beijing', 'Riyadh', 'Sochi', 'Astana',
  'Vienna', 'Brussels', 'Tokyo', 'New Delhi', 'Nairobi', 'London', 'Rome', 'Ottawa', 'Seoul', 'Abuja', 'Baghdad', 'Istanbul',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One kind of happening in several phrasings: {A} doer, {B} the other side, {P} place, {D} day. */
const HAPPENINGS: readonly (readonly string[])[] = [
  ['{A} met {B} in {P} on {D}.', '{A} held talks with {B} in {P} on {D}.', 'On {D}, {A} met {B} in {P} to discuss the crisis.'],
  ['{A} criticised {B} in a speech in {P} on {D}.', '{A} accused {B} of undermining the peace talks, speaking in {P} on {D}.'],
  ['{A} thanked {B} for its support during a visit to {P} on {D}.', 'During a visit to {P} on {D}, {A} thanked {B} for the help.'],
  ['{A} urged {B} to respect the ceasefire, speaking in {P} on {D}.', 'Speaking in {P} on {D}, {A} urged {B} to return to the talks.'],
  ['{A} warned {B} against new strikes in a statement issued in {P} on {D}.', 'In {P} on {D}, {A} warned {B} that the sanctions would stay.'],
  ['{A} rejected the proposal of {B} at a news conference in {P} on {D}.', 'At a news conference in {P} on {D}, {A} rejected the demands of {B}.'],
];

/** Background sentences without a happening, as wire copy has between the reports. */
const BACKGROUND: readonly string[] = [
  'Officials said further rounds of talks were expected in the coming weeks.',
  'The statement gave no details about the timetable.',
  'Analysts said the move could change the balance of power in the region.',
  'Diplomats familiar with the discussions said the positions remained far apart.',
  'The exchange came as oil prices rose for a third straight session.',
  'Neither side released a joint statement after the meeting.',
  'Security was tight around the venue, with several roads closed to traffic.',
  'The foreign ministry did not respond to a request for comment.',
];

const HEADLINES = ['Leaders trade warnings as talks stall', 'Diplomatic week', 'Envoys meet as pressure grows', 'Talks resume', 'Round-up of the day'];

interface Happening {
  readonly kind: number;
  readonly a: string;
  readonly b: string;
  readonly place: string;
  readonly day: string;
}

export interface NewsArticle {
  readonly file: string;
  readonly text: string;
}

export interface NewsCorpusOptions {
  readonly articles: number;
  readonly seed?: number;
  /** Repository root, for the seeds' paragraphs (one article in three carries one). */
  readonly root: string;
  /** Share of reports that retell an earlier happening (default 0.25). */
  readonly retell?: number;
}

function seedParagraphs(root: string): string[] {
  return readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(root, 'seeds', f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 200 && p.length < 900);
}

/** Tells the i-th article, one at a time, so nothing holds the corpus. */
export function* newsCorpus(options: NewsCorpusOptions): Generator<NewsArticle> {
  const rand = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const retell = options.retell ?? 0.25;
  const paragraphs = seedParagraphs(options.root);
  // A bounded memory of happenings told, so retelling stays realistic and RSS stays flat.
  const told: Happening[] = [];
  for (let i = 0; i < options.articles; i++) {
    const month = Math.floor(rand() * 12);
    const dayOfMonth = 2 + Math.floor(rand() * 26);
    const reports: string[] = [];
    const count = 6 + Math.floor(rand() * 5);
    for (let k = 0; k < count; k++) {
      let h: Happening;
      if (told.length > 0 && rand() < retell) {
        h = pick(told);
      } else {
        const a = pick(ACTORS);
        let b = pick(ACTORS);
        while (b === a) b = pick(ACTORS);
        h = { kind: Math.floor(rand() * HAPPENINGS.length), a, b, place: pick(PLACES), day: `${MONTHS[month]} ${dayOfMonth - 1 - Math.floor(rand() * 2) || 1}` };
        told.push(h);
        if (told.length > 400) told.splice(Math.floor(rand() * told.length), 1);
      }
      const phrasing = pick(HAPPENINGS[h.kind]!);
      reports.push(phrasing.replace('{A}', h.a).replace('{B}', h.b).replace('{P}', h.place).replace('{D}', h.day).replace(/^(\w)/, (c) => c.toUpperCase()));
      if (rand() < 0.7) reports.push(pick(BACKGROUND));
    }
    const body: string[] = [];
    for (let k = 0; k < reports.length; k += 2) body.push(reports.slice(k, k + 2).join(' '));
    if (paragraphs.length > 0 && rand() < 1 / 3) body.splice(1 + Math.floor(rand() * body.length), 0, pick(paragraphs));
    const headline = `${pick(HEADLINES)} in ${pick(PLACES)}`;
    const dateline = `${MONTHS[month]} ${dayOfMonth}, 2017`;
    yield { file: `news-${String(i).padStart(5, '0')}.txt`, text: `${headline}\n\n${dateline}\n\n${body.join('\n\n')}\n` };
  }
}
