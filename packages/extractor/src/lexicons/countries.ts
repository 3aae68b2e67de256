/**
 * Countries with their alternative names, demonyms, capitals and centroids: the world-countries
 * data set (general knowledge, on npm) plus a table of the forms news writing uses that it lacks.
 */
import worldCountries from 'world-countries';

export interface CountryRow {
  readonly code: string;
  readonly name: string;
  /** Names that denote the state itself. */
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
  /** Seats of government used as metonyms ("the Kremlin"): always the state. */
  readonly seats: readonly string[];
  readonly lat: number;
  readonly lon: number;
}

/** Forms the data set lacks, by ISO alpha-2 code. */
const EXTRA: Readonly<Record<string, { names?: string[]; demonyms?: string[]; capitals?: string[]; seats?: string[]; name?: string }>> = {
  US: { names: ['U.S.', 'U.S.A.', 'America', 'United States of America', 'the United States'], capitals: ['Washington'], seats: ['White House', 'Pentagon'], demonyms: ['US'] },
  GB: { names: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England'], demonyms: ['British', 'English'], seats: ['Downing Street', 'Whitehall'] },
  RU: { names: ['Russian Federation'], seats: ['Kremlin'] },
  SY: { names: ['Syrian Arab Republic'] },
  TR: { name: 'Turkey', names: ['Türkiye', 'Turkiye', 'Turkey', 'Republic of Turkey'] },
  IR: { names: ['Islamic Republic of Iran', 'Persia'] },
  KR: { names: ['South Korea', 'Republic of Korea'], demonyms: ['South Korean'] },
  KP: { names: ['North Korea', 'DPRK'], demonyms: ['North Korean'] },
  CN: { names: ["People's Republic of China", 'PRC'], capitals: ['Peking'] },
  SA: { names: ['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], demonyms: ['Saudi'] },
  AE: { names: ['UAE', 'Emirates'], demonyms: ['Emirati'] },
  PS: { names: ['Palestine', 'Palestinian Territories'], name: 'Palestine' },
  FR: { seats: ['Elysee', 'Élysée'] },
  IL: { capitals: [] },
  CD: { names: ['DR Congo', 'DRC'] },
  CI: { names: ['Ivory Coast'] },
  MM: { names: ['Burma'] },
  CZ: { names: ['Czech Republic'] },
  VA: { names: ['Holy See', 'Vatican'] },
  NL: { names: ['Holland'], demonyms: ['Dutch'] },
  AF: { demonyms: ['Afghan'] },
  IQ: { demonyms: ['Iraqi'] },
  YE: { demonyms: ['Yemeni'] },
  LB: { demonyms: ['Lebanese'] },
  JO: { demonyms: ['Jordanian'] },
  KZ: { capitals: ['Astana', 'Nur-Sultan'] },
};

/** Country codes whose data-set entries are territories we never want as actors. */
const SKIP = new Set(['UM', 'BQ', 'SJ', 'HM', 'BV', 'IO', 'TF', 'GS', 'AQ']);

function build(): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const c of worldCountries) {
    if (SKIP.has(c.cca2)) continue;
    const extra = EXTRA[c.cca2] ?? {};
    const name = extra.name ?? c.name.common;
    const alt = c.altSpellings.filter((s) => s.length > 3 && /^[\p{L} .'’-]+$/u.test(s) && !/[\u0100-\uffff]/.test(s));
    const names = [...new Set([name, c.name.common, c.name.official, ...alt, ...(extra.names ?? [])])];
    // Territories share their state's demonym ("American"): only independent states keep one.
    const own = c.independent === false ? [] : [c.demonyms?.['eng']?.m, c.demonyms?.['eng']?.f];
    const demonyms = [...new Set([...own, ...(extra.demonyms ?? [])].filter((d): d is string => !!d))];
    const capitals = extra.capitals ?? c.capital.map((cap) => cap.replace(/ D\.C\.$/, ''));
    rows.push({ code: c.cca2, name, names, demonyms, capitals, seats: extra.seats ?? [], lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0 });
  }
  return rows;
}

export const COUNTRIES: readonly CountryRow[] = build();
