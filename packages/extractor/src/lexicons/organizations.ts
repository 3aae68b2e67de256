/**
 * Well-known organisations: international bodies, armed forces and armed groups, news agencies.
 * General knowledge only; every alias is a form in common use. `country` ties a national body
 * to its state (used for affiliations and "the Kremlin"-style metonymy).
 */
export interface OrganizationRow {
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO alpha-2 code of the state the body belongs to, if any. */
  readonly country?: string;
  /** Armed actors can be agents of fighting events. */
  readonly armed?: boolean;
}

export const ORGANIZATIONS: readonly OrganizationRow[] = [
  // International bodies
  { name: 'United Nations', aliases: ['UN', 'U.N.', 'United Nations Organization'] },
  { name: 'UN Security Council', aliases: ['Security Council', 'UNSC', 'United Nations Security Council'] },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'Nato'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'] },
  { name: 'UNHCR', aliases: ['UN Refugee Agency', 'United Nations High Commissioner for Refugees'] },
  { name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe'] },
  { name: 'OPCW', aliases: ['Organisation for the Prohibition of Chemical Weapons'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'APEC', aliases: ['Asia-Pacific Economic Cooperation'] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'Amnesty International', aliases: [] },
  { name: 'Human Rights Watch', aliases: ['HRW'] },
  // Armed groups
  { name: 'ISIS', aliases: ['IS', 'ISIL', 'Islamic State', 'Daesh', "Da'ash", 'Daash', 'Daish', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'], armed: true },
  { name: 'al-Qaeda', aliases: ['Al Qaeda', 'al-Qaida', 'Al-Qaida', 'Al Qaida'], armed: true },
  { name: 'Hayat Tahrir al-Sham', aliases: ['HTS', 'Tahrir al-Sham', 'Hay’at Tahrir al-Sham'], armed: true },
  { name: 'Nusra Front', aliases: ['al-Nusra Front', 'Jabhat al-Nusra', 'al-Nusra', 'Jabhat Fateh al-Sham'], armed: true },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah', 'Hizbullah'], armed: true },
  { name: 'Hamas', aliases: [], armed: true },
  { name: 'Islamic Jihad', aliases: ['Palestinian Islamic Jihad'], armed: true },
  { name: 'Taliban', aliases: [], armed: true },
  { name: 'Houthis', aliases: ['Houthi', 'Ansar Allah', 'Ansarullah'], armed: true },
  { name: 'Boko Haram', aliases: [], armed: true },
  { name: 'al-Shabaab', aliases: ['Al-Shabab', 'al Shabaab'], armed: true },
  { name: 'PKK', aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party'], armed: true },
  { name: 'YPG', aliases: ["People's Protection Units", 'Peoples Protection Units'], armed: true },
  { name: 'Syrian Democratic Forces', aliases: ['SDF'], armed: true },
  { name: 'Free Syrian Army', aliases: ['FSA'], armed: true },
  { name: 'Ahrar al-Sham', aliases: [], armed: true },
  { name: 'Jaish al-Islam', aliases: [], armed: true },
  { name: 'Peshmerga', aliases: [], armed: true },
  { name: 'Popular Mobilization Forces', aliases: ['PMF', 'Hashd al-Shaabi', 'Popular Mobilisation Forces'], armed: true, country: 'IQ' },
  { name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard'], armed: true, country: 'IR' },
  { name: 'Quds Force', aliases: [], armed: true, country: 'IR' },
  { name: 'Wagner Group', aliases: ['Wagner'], armed: true },
  { name: 'White Helmets', aliases: ['Syria Civil Defence'] },
  { name: 'Syrian Observatory for Human Rights', aliases: ['SOHR', 'Syrian Observatory'] },
  // News agencies and outlets quoted as sources
  { name: 'Reuters', aliases: [] },
  { name: 'Agence France-Presse', aliases: ['AFP'] },
  { name: 'Associated Press', aliases: ['AP'] },
  { name: 'TASS', aliases: ['Tass'] },
  { name: 'RIA Novosti', aliases: ['RIA'] },
  { name: 'Interfax', aliases: [] },
  { name: 'SANA', aliases: ['Syrian Arab News Agency'] },
  { name: 'Al Jazeera', aliases: ['Al-Jazeera'] },
  { name: 'BBC', aliases: [] },
  { name: 'CNN', aliases: [] },
  { name: 'RT', aliases: ['Russia Today', 'RT.com', 'Rt.com'] },
  { name: 'Sputnik', aliases: [] },
  { name: 'Anadolu Agency', aliases: ['Anadolu'] },
];
