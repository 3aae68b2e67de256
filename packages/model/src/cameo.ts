/**
 * The twenty CAMEO root codes (the coding of GDELT and the PETRARCH coders) with their
 * quad class. Data, not logic: extractor, server and explorer all read this one table.
 */
export type CameoCode =
  | '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10'
  | '11' | '12' | '13' | '14' | '15' | '16' | '17' | '18' | '19' | '20';

/** GDELT's quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

export const QUAD_CLASS_NAMES: Readonly<Record<QuadClass, string>> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export interface CameoRoot {
  readonly code: CameoCode;
  readonly name: string;
  readonly quadClass: QuadClass;
}

export const CAMEO_ROOTS: readonly CameoRoot[] = [
  { code: '01', name: 'make public statement', quadClass: 1 },
  { code: '02', name: 'appeal', quadClass: 1 },
  { code: '03', name: 'express intent to cooperate', quadClass: 1 },
  { code: '04', name: 'consult', quadClass: 1 },
  { code: '05', name: 'engage in diplomatic cooperation', quadClass: 1 },
  { code: '06', name: 'engage in material cooperation', quadClass: 2 },
  { code: '07', name: 'provide aid', quadClass: 2 },
  { code: '08', name: 'yield', quadClass: 2 },
  { code: '09', name: 'investigate', quadClass: 3 },
  { code: '10', name: 'demand', quadClass: 3 },
  { code: '11', name: 'disapprove', quadClass: 3 },
  { code: '12', name: 'reject', quadClass: 3 },
  { code: '13', name: 'threaten', quadClass: 3 },
  { code: '14', name: 'protest', quadClass: 4 },
  { code: '15', name: 'exhibit force posture', quadClass: 4 },
  { code: '16', name: 'reduce relations', quadClass: 4 },
  { code: '17', name: 'coerce', quadClass: 4 },
  { code: '18', name: 'assault', quadClass: 4 },
  { code: '19', name: 'fight', quadClass: 4 },
  { code: '20', name: 'use unconventional mass violence', quadClass: 4 },
];

const BY_CODE = new Map(CAMEO_ROOTS.map((root) => [root.code, root]));

export function isCameoCode(value: unknown): value is CameoCode {
  return typeof value === 'string' && BY_CODE.has(value as CameoCode);
}

export function cameoRoot(code: CameoCode): CameoRoot {
  const root = BY_CODE.get(code);
  if (!root) throw new Error(`unknown CAMEO root code ${code}`);
  return root;
}

/** True for quad classes 1–2 (cooperation), false for 3–4 (conflict). */
export function isCooperation(quadClass: QuadClass): boolean {
  return quadClass <= 2;
}
