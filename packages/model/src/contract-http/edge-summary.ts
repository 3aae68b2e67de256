/**
 * The one wording of a network edge ("Russia → ISIS: 9 fight, 2 threaten · Nov–Dec 2017 ·
 * 4 articles"), used by the explorer's caption, hover card and exported legends alike.
 */
import type { CameoCode } from '../cameo';
import { ACTS_ON, type NetworkEdgeKind, type NetworkEdgeProps } from './network';

/** A verb per CAMEO root, short enough for a caption. */
export const CAMEO_VERBS: Readonly<Record<CameoCode, string>> = {
  '01': 'statement', '02': 'appeal', '03': 'intend to cooperate', '04': 'consult', '05': 'diplomacy',
  '06': 'cooperate', '07': 'aid', '08': 'yield', '09': 'investigate', '10': 'demand',
  '11': 'disapprove', '12': 'reject', '13': 'threaten', '14': 'protest', '15': 'show force',
  '16': 'reduce relations', '17': 'coerce', '18': 'assault', '19': 'fight', '20': 'mass violence',
};

/**
 * The Goldstein scale (−10 most hostile … +10 most cooperative) of each CAMEO root, as GDELT
 * publishes it for root codes. Quad classes count events; this weighs them, so a fight
 * outweighs a statement about the same actor when an edge's overall tone is named.
 */
export const CAMEO_GOLDSTEIN: Readonly<Record<CameoCode, number>> = {
  '01': 0, '02': 3, '03': 4, '04': 1, '05': 3.5, '06': 6, '07': 7, '08': 5, '09': -2, '10': -5,
  '11': -2, '12': -4, '13': -6, '14': -6.5, '15': -7.2, '16': -4, '17': -7, '18': -9, '19': -10, '20': -10,
};

export type Tone = 'cooperation' | 'conflict' | 'neutral';

/** The summed Goldstein score of an edge's events and the tone it names. */
export function edgeTone(cameo: Readonly<Record<string, number>>): { goldstein: number; tone: Tone } {
  let goldstein = 0;
  for (const [code, n] of Object.entries(cameo)) goldstein += (CAMEO_GOLDSTEIN[code as CameoCode] ?? 0) * n;
  goldstein = Math.round(goldstein * 10) / 10;
  return { goldstein, tone: goldstein > 0 ? 'cooperation' : goldstein < 0 ? 'conflict' : 'neutral' };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function month(day: string): { label: string; year: string } {
  return { label: MONTHS[Number(day.slice(5, 7)) - 1] ?? day.slice(5, 7), year: day.slice(0, 4) };
}

/** "Nov 2017", "Nov–Dec 2017", "Nov 2017–Jan 2018", or "undated". */
export function monthRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  const a = month((first ?? last)!);
  const b = month((last ?? first)!);
  if (a.year !== b.year) return `${a.label} ${a.year}–${b.label} ${b.year}`;
  return a.label === b.label ? `${a.label} ${a.year}` : `${a.label}–${b.label} ${a.year}`;
}

/** "9 fight, 2 threaten", most frequent first (ties by code). */
export function cameoTally(cameo: Readonly<Record<string, number>>): string {
  return Object.entries(cameo)
    .filter(([, n]) => n > 0)
    .sort(([ca, a], [cb, b]) => b - a || ca.localeCompare(cb))
    .map(([code, n]) => `${n} ${CAMEO_VERBS[code as CameoCode] ?? `CAMEO ${code}`}`)
    .join(', ');
}

export function edgeArrow(kind: NetworkEdgeKind): string {
  return kind === ACTS_ON ? '→' : '+';
}

export function edgeCaption(kind: NetworkEdgeKind, source: string, target: string, p: NetworkEdgeProps): string {
  const who = kind === ACTS_ON ? `${source} → ${target}` : `${source} + ${target} together`;
  const articles = `${p.articles} article${p.articles === 1 ? '' : 's'}`;
  return `${who}: ${cameoTally(p.cameo)} · ${monthRange(p.firstDate, p.lastDate)} · ${articles}`;
}
