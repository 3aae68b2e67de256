/**
 * Event triggers: verbs (as lemmas; regular inflections are generated, irregular forms listed)
 * and nouns mapped to CAMEO root codes. General news vocabulary only. When one word sits in
 * two rows, the first row wins. `weight` is the base confidence of the row.
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
  { code: '12', verbs: ['deny', 'reject', 'refuse', 'dismiss', 'rebuff', 'veto', 'rule out'], nouns: ['denial', 'rejection', 'refusal'], weight: 0.7, note: 'reject' },
  { code: '13', verbs: ['threaten', 'warn'], nouns: ['threat', 'threats', 'ultimatum', 'warning'], weight: 0.6, note: 'threaten' },
  { code: '11', verbs: ['criticise', 'criticize', 'condemn', 'accuse', 'denounce', 'blame', 'slam', 'decry', 'censure'], nouns: ['criticism', 'condemnation', 'accusation', 'accusations'], weight: 0.7, note: 'disapprove' },
  { code: '10', verbs: ['demand'], nouns: ['demand', 'demands'], weight: 0.6, note: 'demand' },
  { code: '09', verbs: ['investigate', 'probe', 'inspect'], nouns: ['investigation', 'inquiry', 'inspection'], weight: 0.6, note: 'investigate' },
  { code: '08', verbs: ['withdraw', 'retreat', 'pull out', 'pull back', 'evacuate', 'surrender', 'concede'], nouns: ['withdrawal', 'pullout', 'pull-out', 'drawdown', 'journey home', 'evacuation'], forms: ['withdrew', 'withdrawn'], weight: 0.75, note: 'yield' },
  { code: '05', verbs: ['thank', 'praise', 'sign', 'recognise', 'recognize', 'commend', 'welcome', 'reaffirm', 'hail', 'congratulate', 'endorse'], nouns: ['gratitude', 'praise', 'thanks', 'congratulations'], weight: 0.7, note: 'diplomatic cooperation' },
  { code: '07', verbs: ['donate', 'send aid'], nouns: ['aid', 'delivery', 'humanitarian assistance', 'humanitarian aid', 'supplies'], weight: 0.5, note: 'provide aid' },
  { code: '04', verbs: ['meet', 'visit', 'host', 'negotiate', 'consult', 'discuss', 'phone', 'talk', 'confer', 'communicate', 'fly'], nouns: ['meeting', 'visit', 'talks', 'summit', 'negotiations', 'telephone conversation', 'phone call', 'telephone call', 'consultations', 'stops', 'trip', 'tour'], forms: ['met', 'flew', 'flown'], weight: 0.7, note: 'consult' },
  { code: '03', verbs: ['pledge', 'promise', 'agree', 'offer', 'vow', 'intend'], nouns: ['readiness', 'pledge', 'promise', 'willingness', 'commitment'], weight: 0.55, note: 'intent to cooperate' },
  { code: '02', verbs: ['appeal', 'urge', 'request', 'ask', 'call on', 'call for', 'plead'], nouns: ['appeal', 'request', 'plea'], weight: 0.55, note: 'appeal' },
  { code: '06', verbs: ['cooperate', 'coordinate', 'join hands', 'join forces'], nouns: ['cooperation', 'coordination'], weight: 0.5, note: 'material cooperation' },
  { code: '20', verbs: ['gas'], nouns: ['chemical attack', 'ethnic cleansing', 'genocide', 'mass killing'], weight: 0.6, note: 'mass violence' },
  { code: '18', verbs: ['kill', 'massacre', 'assassinate', 'execute', 'kidnap', 'behead'], nouns: ['bombing', 'massacre', 'assassination', 'suicide attack', 'car bomb', 'rocket shelling'], weight: 0.6, note: 'assault' },
  { code: '19', verbs: ['attack', 'advance', 'liberate', 'recapture', 'capture', 'retake', 'seize', 'fight', 'clash', 'strike', 'shell', 'bombard', 'oust', 'storm', 'besiege', 'target', 'launch attacks', 'defeat', 'invade', 'raid', 'ambush', 'fire', 'intercept', 'shoot down', 'bomb'], nouns: ['attack', 'attacks', 'offensive', 'advances', 'liberation', 'recapture', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'strike', 'strikes', 'clashes', 'shelling', 'shootout', 'fighting', 'battle', 'battles', 'siege', 'assault', 'military operations', 'military operation', 'bombardment', 'invasion', 'raid', 'raids', 'ambush'], forms: ['fought', 'struck'], weight: 0.65, note: 'fight' },
  { code: '17', verbs: ['arrest', 'detain', 'impose', 'sanction', 'expel', 'confiscate'], nouns: ['arrest', 'arrests', 'sanctions', 'detention', 'blockade'], weight: 0.55, note: 'coerce' },
  { code: '15', verbs: ['deploy', 'mobilize', 'mobilise', 'reinforce'], nouns: ['deployment', 'mobilization', 'military exercise', 'military exercises', 'drills'], weight: 0.5, note: 'force posture' },
  { code: '16', verbs: ['sever', 'suspend', 'cut ties', 'break off'], nouns: ['severance', 'suspension'], weight: 0.5, note: 'reduce relations' },
  { code: '14', verbs: ['protest'], nouns: ['protest', 'protests', 'demonstration', 'demonstrations', 'sit-in'], weight: 0.5, note: 'protest' },
  { code: '01', verbs: ['say', 'announce', 'declare', 'confirm', 'report', 'claim', 'add', 'stress', 'insist', 'indicate', 'inform', 'publish', 'reiterate', 'brief', 'tell'], nouns: ['statement', 'announcement', 'declaration', 'speech', 'remarks', 'briefing', 'press conference', 'news conference'], forms: ['said', 'says', 'told', 'stated'], weight: 0.6, note: 'public statement' },
];

/**
 * Words that, shortly before a trigger, mean the action did not happen ("did not withdraw").
 * Folded like tokens are: lower case, apostrophes removed.
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'didnt', 'dont', 'doesnt', 'wont', 'cannot', 'cant', 'hasnt', 'havent', 'hadnt', 'wasnt', 'werent', 'isnt', 'arent', 'neither', 'nor', 'refused', 'failed',
]);

/** Verbs whose object noun names the event ("expressed his gratitude", "made an announcement"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['express', 'expressed', 'expresses', 'expressing', 'reiterate', 'reiterated', 'reiterates', 'voice', 'voiced', 'made', 'make', 'makes', 'held', 'hold', 'holds', 'had', 'have', 'has', 'launched', 'launch', 'carried', 'conducted', 'continue', 'continued', 'continues', 'completed', 'renewed', 'arranged']);

/** Words after which a bare verb-form trigger is a noun ("the control", "his call"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'any', 'every', 'no']);

/** Modal words that put a following verb in the future or the hypothetical ("will be liberated"). */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can', 'must', 'shall', 'wont', 'cannot']);

/** Statement verbs that may follow their quote with the speaker after them ("…, said X"). */
export const INVERTIBLE_SPEECH: ReadonlySet<string> = new Set(['say', 'said', 'says', 'add', 'added', 'adds', 'told', 'stated', 'announced', 'confirmed', 'reported', 'declared', 'stressed', 'noted', 'explained', 'wrote', 'tweeted']);
