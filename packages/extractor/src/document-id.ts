import { createHash } from 'node:crypto';

/** Content hash of an article's text: the same text always gets the same Document id. */
export function documentIdFor(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
