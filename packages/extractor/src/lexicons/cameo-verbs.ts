/**
 * Event triggers: verbs (as lemmas; inflections are generated, irregular forms listed) and
 * nouns mapped to CAMEO root codes. Rows are tried in order; the first row whose trigger
 * occurs wins for that word. `weight` is the base confidence of the row.
 */
import type { CameoCode } from '@kg/model';

export interface CameoTriggerRow {
  readonly code: CameoCode;
  readonly verbs: readonly string[];
  readonly nouns: readonly string[];
  /** Irregular inflected forms that map to this row. */
  readonly forms?: readonly string[];
  readonly weight: number;
  readonly note: string;
}

export const CAMEO_TRIGGERS: readonly CameoTriggerRow[] = [
  { code: '12', verbs: ['deny', 'reject', 'refuse', 'dismiss', 'rebuff', 'veto'], nouns: ['denial', 'rejection', 'refusal'], weight: 0.7, note: 'reject' },
  { code: '13', verbs: ['threaten', 'warn', 'vow to strike'], nouns: ['threat', 'ultimatum', 'warning'], weight: 0.6, note: 'threaten' },
  { code: '11', verbs: ['criticise', 'criticize', 'condemn', 'accuse', 'denounce', 'blame', 'slam', 'decry'], nouns: ['criticism', 'condemnation', 'accusation'], weight: 0.7, note: 'disapprove' },
  { code: '10', verbs: ['demand', 'insist'], nouns: ['demand'], weight: 0.6, note: 'demand' },
  { code: '09', verbs: ['investigate', 'probe', 'inspect'], nouns: ['investigation', 'probe', 'inquiry', 'inspection'], weight: 0.6, note: 'investigate' },
  { code: '08', verbs: ['withdraw', 'retreat', 'pull out', 'pull back', 'evacuate', 'ease', 'lift', 'surrender', 'concede'], nouns: ['withdrawal', 'pullout', 'pull-out', 'retreat', 'drawdown', 'journey home'], forms: ['withdrew', 'withdrawn'], weight: 0.75, note: 'yield' },
  { code: '05', verbs: ['thank', 'praise', 'sign', 'recognise', 'recognize', 'commend', 'welcome', 'reaffirm', 'hail', 'congratulate'], nouns: ['gratitude', 'praise', 'recognition', 'signing'], weight: 0.7, note: 'diplomatic cooperation' },
  { code: '07', verbs: ['deliver', 'donate', 'supply', 'send aid'], nouns: ['aid', 'delivery', 'humanitarian assistance', 'supplies'], weight: 0.5, note: 'provide aid' },
  { code: '04', verbs: ['meet', 'visit', 'host', 'negotiate', 'consult', 'discuss', 'phone', 'call', 'talk', 'confer', 'communicate', 'fly'], nouns: ['meeting', 'visit', 'talks', 'summit', 'negotiations', 'telephone conversation', 'phone call', 'conversation', 'consultations', 'stop', 'stops'], forms: ['met', 'flew', 'went'], weight: 0.7, note: 'consult' },
  { code: '03', verbs: ['pledge', 'promise', 'agree', 'offer', 'vow', 'intend'], nouns: ['readiness', 'pledge', 'promise', 'offer', 'willingness', 'commitment'], weight: 0.55, note: 'intent to cooperate' },
  { code: '02', verbs: ['appeal', 'urge', 'request', 'ask', 'call on', 'plead'], nouns: ['appeal', 'request', 'plea'], forms: ['asked'], weight: 0.55, note: 'appeal' },
  { code: '06', verbs: ['cooperate', 'coordinate', 'ally'], nouns: ['cooperation', 'coordination'], weight: 0.5, note: 'material cooperation' },
  { code: '18', verbs: ['kill', 'bomb', 'massacre', 'assassinate', 'execute', 'kidnap', 'injure', 'wound'], nouns: ['bombing', 'massacre', 'assassination', 'suicide attack', 'car bomb'], weight: 0.6, note: 'assault' },
  { code: '19', verbs: ['attack', 'advance', 'liberate', 'recapture', 'capture', 'retake', 'seize', 'fight', 'clash', 'strike', 'shell', 'bombard', 'oust', 'destroy', 'storm', 'besiege', 'target', 'launch attacks', 'control', 'defeat'], nouns: ['attack', 'attacks', 'offensive', 'advance', 'advances', 'liberation', 'recapture', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'strike', 'strikes', 'clash', 'clashes', 'shelling', 'shootout', 'fighting', 'battle', 'battles', 'siege', 'assault', 'military operations', 'bombardment'], forms: ['fought', 'struck', 'took control'], weight: 0.65, note: 'fight' },
  { code: '17', verbs: ['arrest', 'detain', 'impose', 'sanction', 'expel', 'confiscate'], nouns: ['arrest', 'sanctions', 'detention', 'blockade'], weight: 0.55, note: 'coerce' },
  { code: '15', verbs: ['deploy', 'mobilize', 'mobilise', 'reinforce'], nouns: ['deployment', 'mobilization', 'military exercise', 'drills', 'exercises'], weight: 0.5, note: 'force posture' },
  { code: '16', verbs: ['sever', 'suspend', 'cut ties', 'break off'], nouns: ['severance', 'suspension'], weight: 0.5, note: 'reduce relations' },
  { code: '14', verbs: ['protest', 'demonstrate', 'rally', 'strike'], nouns: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally'], weight: 0.5, note: 'protest' },
  { code: '20', verbs: ['gas'], nouns: ['chemical attack', 'ethnic cleansing', 'genocide', 'mass killing'], weight: 0.6, note: 'mass violence' },
  { code: '01', verbs: ['say', 'announce', 'declare', 'state', 'tell', 'confirm', 'report', 'claim', 'add', 'note', 'stress', 'insist', 'indicate', 'inform', 'publish', 'comment', 'reiterate', 'brief'], nouns: ['statement', 'announcement', 'declaration', 'speech', 'remarks', 'briefing', 'press conference', 'news conference'], forms: ['said', 'told', 'says'], weight: 0.6, note: 'public statement' },
];

/** Words that, right before a verb, mean the action did not happen ("no", "not", "never"). */
export const NEGATIONS = new Set(['not', 'never', "didn't", "don't", "doesn't", 'no']);
