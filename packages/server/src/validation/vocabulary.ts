/**
 * The closed vocabularies a request may name: node labels, relationship types, CAMEO roots.
 * Anything else is a 400, and even accepted values travel as parameters, never as Cypher text.
 */
import { z } from 'zod';
import { CAMEO_ROOTS, LABEL, REL } from '@kg/model';

const LABELS = Object.values(LABEL) as string[];
const REL_TYPES = Object.values(REL) as string[];
const CAMEO_CODES = CAMEO_ROOTS.map((root) => root.code) as string[];

/** 'person', 'PERSON' and 'Person' all name the label Person. */
export const labelParam = z.string().transform((value, ctx) => {
  const label = LABELS.find((l) => l.toLowerCase() === value.toLowerCase());
  if (!label) {
    ctx.addIssue({ code: 'custom', message: `unknown node type ${JSON.stringify(value)}; use one of ${LABELS.join(', ')}` });
    return z.NEVER;
  }
  return label;
});

export const relTypeParam = z.string().transform((value, ctx) => {
  const type = REL_TYPES.find((t) => t.toLowerCase() === value.toLowerCase());
  if (!type) {
    ctx.addIssue({ code: 'custom', message: `unknown relationship type ${JSON.stringify(value)}; use one of ${REL_TYPES.join(', ')}` });
    return z.NEVER;
  }
  return type;
});

/** A CAMEO root code ('4' and '04' both work), or the words cooperation/conflict for their roots. */
export const cameoParam = z.string().transform((value, ctx) => {
  const padded = /^\d$/.test(value) ? `0${value}` : value;
  if (CAMEO_CODES.includes(padded)) return [padded];
  const word = value.toLowerCase();
  if (word === 'cooperation') return CAMEO_ROOTS.filter((r) => r.quadClass <= 2).map((r) => r.code as string);
  if (word === 'conflict') return CAMEO_ROOTS.filter((r) => r.quadClass >= 3).map((r) => r.code as string);
  ctx.addIssue({ code: 'custom', message: `unknown event type ${JSON.stringify(value)}; use CAMEO root codes 01–20, cooperation or conflict` });
  return z.NEVER;
});
