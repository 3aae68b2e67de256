/**
 * The quality ratchet of `pnpm eval`: each gold set has floors that the extractor must not fall
 * below, and that only ever rise (`pnpm eval --ratchet` lifts them to today's figures, never
 * lowers one). Pure: figures and floors in, verdicts out.
 */

/** The figures `pnpm eval` tracks for one gold set (shares in 0..1, counts as numbers). */
export interface SetFigures {
  readonly entityF1: number;
  readonly eventF1: number;
  readonly tripleF1: number;
  readonly location: number | null;
  readonly date: number | null;
  readonly provenance: number | null;
  readonly identity: number | null;
  readonly wrongMerges: number;
}

export type Floors = Readonly<Record<string, Partial<SetFigures>>>;

/** Figures where more is better; the rest (wrong merges) are ceilings, where less is better. */
const HIGHER_IS_BETTER = ['entityF1', 'eventF1', 'tripleF1', 'location', 'date', 'provenance', 'identity'] as const;
const LOWER_IS_BETTER = ['wrongMerges'] as const;

export interface FloorBreach {
  readonly set: string;
  readonly figure: keyof SetFigures;
  readonly value: number | null;
  readonly floor: number;
}

/** Every figure of `set` that is worse than its floor (a missing figure breaches a set floor). */
export function breaches(set: string, figures: SetFigures, floors: Floors): FloorBreach[] {
  const mine = floors[set];
  if (!mine) return [];
  const out: FloorBreach[] = [];
  for (const key of HIGHER_IS_BETTER) {
    const floor = mine[key];
    if (floor == null) continue;
    const value = figures[key];
    if (value == null || value < floor) out.push({ set, figure: key, value, floor });
  }
  for (const key of LOWER_IS_BETTER) {
    const ceiling = mine[key];
    if (ceiling == null) continue;
    if (figures[key] > ceiling) out.push({ set, figure: key, value: figures[key], floor: ceiling });
  }
  return out;
}

/** Floors lifted to today's figures where those are better; never lowered. */
export function ratchet(set: string, figures: SetFigures, floors: Floors): Floors {
  const mine: Record<string, number> = { ...(floors[set] as Record<string, number> | undefined) };
  for (const key of HIGHER_IS_BETTER) {
    const value = figures[key];
    if (value != null && (mine[key] == null || value > mine[key]!)) mine[key] = value;
  }
  for (const key of LOWER_IS_BETTER) {
    if (mine[key] == null || figures[key] < mine[key]!) mine[key] = figures[key];
  }
  return { ...floors, [set]: mine };
}
