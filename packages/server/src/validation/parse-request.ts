/** zod schemas for request parameters, and the one place that turns their failures into 400s. */
import { z } from 'zod';
import { badRequest } from '../errors';

export function parseWith<T extends z.ZodType>(schema: T, input: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : where}: ${issue.message}`)
    .join('; ');
  throw badRequest(`Invalid ${where}: ${details}.`, 'See GET /api/openapi.json for the accepted parameters.');
}

/** `a,b` or repeated `x=a&x=b` → ['a','b']; absent → undefined. */
export const listParam = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => {
      if (value === undefined) return undefined;
      const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim());
      const kept = parts.filter((v) => v.length > 0);
      return kept.length ? kept : undefined;
    })
    .pipe(z.array(item).optional());

/** A real calendar day in ISO form: 2017-13-45 and 2019-02-29 are refused, not stored. */
export const isoDay = z.iso.date({ message: 'expected an existing ISO day such as 2017-12-11' });

export const intParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const boolParam = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1');

/** Node ids: any non-empty string within reason (they only ever travel as parameters). */
export const nodeIdParam = z.string().min(1).max(300);
