/**
 * Named places that are not in a city list (rivers, seas, regions, well-known military bases),
 * with coordinates. General knowledge of the world and of the Middle East.
 */
export interface PlaceRow {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly lat: number;
  readonly lon: number;
}

export const PLACES: readonly PlaceRow[] = [
  { name: 'Euphrates', aliases: ['Euphrates River', 'Euphrates Valley', 'Euphrates valley', 'Euphrates river', 'Euphrates basin', 'River Euphrates'], lat: 35.0, lon: 40.4 },
  { name: 'Tigris', aliases: ['Tigris River', 'River Tigris'], lat: 34.5, lon: 43.7 },
  { name: 'Nile', aliases: ['Nile River', 'River Nile', 'Nile Delta'], lat: 26.0, lon: 32.5 },
  { name: 'Golan Heights', aliases: ['Golan'], lat: 33.0, lon: 35.75 },
  { name: 'Gaza Strip', aliases: ['Gaza'], lat: 31.42, lon: 34.35 },
  { name: 'West Bank', aliases: [], lat: 31.95, lon: 35.25 },
  { name: 'Sinai', aliases: ['Sinai Peninsula'], lat: 29.5, lon: 33.8 },
  { name: 'Middle East', aliases: [], lat: 29.0, lon: 41.0 },
  { name: 'Black Sea', aliases: [], lat: 43.0, lon: 34.0 },
  { name: 'Mediterranean', aliases: ['Mediterranean Sea'], lat: 35.0, lon: 18.0 },
  { name: 'Red Sea', aliases: [], lat: 20.0, lon: 38.5 },
  { name: 'Caspian Sea', aliases: [], lat: 41.5, lon: 50.5 },
  { name: 'Persian Gulf', aliases: ['Arabian Gulf'], lat: 27.0, lon: 51.0 },
  { name: 'Strait of Hormuz', aliases: ['Hormuz'], lat: 26.57, lon: 56.25 },
  { name: 'Suez Canal', aliases: [], lat: 30.6, lon: 32.33 },
  { name: 'Crimea', aliases: ['Crimean Peninsula'], lat: 45.3, lon: 34.4 },
  { name: 'Donbas', aliases: ['Donbass'], lat: 48.0, lon: 38.0 },
  { name: 'Kurdistan', aliases: ['Iraqi Kurdistan', 'Kurdistan Region'], lat: 36.4, lon: 44.4 },
  { name: 'Badia', aliases: ['Syrian Desert', 'Badia desert'], lat: 34.0, lon: 39.0 },
  { name: 'Eastern Ghouta', aliases: ['Ghouta', 'East Ghouta'], lat: 33.55, lon: 36.45 },
  { name: 'Rif Dimashq', aliases: ['Rural Damascus', 'Damascus countryside', 'Rif Dimashq Governorate', 'Reef Dimashq'], lat: 33.5, lon: 36.6 },
  { name: 'Qalamoun', aliases: ['Qalamoun Mountains'], lat: 33.9, lon: 36.6 },
  { name: 'Anbar', aliases: ['Anbar Province', 'al-Anbar'], lat: 33.4, lon: 42.0 },
  { name: 'Nineveh', aliases: ['Nineveh Province', 'Ninawa'], lat: 36.3, lon: 42.5 },
  { name: 'Kashmir', aliases: [], lat: 34.1, lon: 74.8 },
  { name: 'Sahel', aliases: [], lat: 15.0, lon: 2.0 },
  { name: 'Caucasus', aliases: ['North Caucasus'], lat: 42.5, lon: 44.5 },
  { name: 'Hmeimim Air Base', aliases: ['Hmeimim', 'Hmeimim airbase'], lat: 35.41, lon: 35.95 },
  { name: 'Tartus naval base', aliases: [], lat: 34.9, lon: 35.87 },
  { name: 'Incirlik Air Base', aliases: ['Incirlik'], lat: 37.0, lon: 35.43 },
  { name: 'Al Udeid Air Base', aliases: ['Al Udeid'], lat: 25.12, lon: 51.31 },
  { name: 'Shayrat Airbase', aliases: ['Shayrat'], lat: 34.49, lon: 36.91 },
  { name: 'Al-Tanf', aliases: ['Tanf', 'al-Tanf garrison'], lat: 33.5, lon: 38.66 },
  { name: 'Ramstein Air Base', aliases: ['Ramstein'], lat: 49.44, lon: 7.6 },
  { name: 'Guantanamo Bay', aliases: ['Guantanamo'], lat: 19.9, lon: -75.1 },
];
