/**
 * POST /api/documents {title?, published?, text}: runs the extractor on one article and
 * writes it. Idempotent: the article's file name is derived from a hash of its text, so
 * posting the same text again rewrites the same Document instead of adding one.
 */
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import type { RawArticle } from '@kg/model';
import { HttpError, isHttpError } from '../errors';
import { isUnavailableError } from '../neo4j/neo4j-errors';
import { neo4jUnavailable } from '../errors';
import { isoDay, parseWith } from '../validation/parse-request';

export type IngestDocument = (driver: Driver, raw: RawArticle) => Promise<unknown>;

export const MAX_ARTICLE_CHARS = 200_000;

const DocumentBody = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  published: isoDay.optional(),
  text: z.string().min(1, 'text is required').max(MAX_ARTICLE_CHARS, `text is limited to ${MAX_ARTICLE_CHARS} characters`)
    .refine((text) => text.trim().length > 0, 'text is blank'),
});

export function articleFileName(text: string): string {
  return `api-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
}

export function createDocumentsRouter(driver: Driver, ingest: IngestDocument | undefined, onWritten: () => void = () => {}): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    const body = parseWith(DocumentBody, req.body ?? {}, 'document');
    if (!ingest) {
      throw new HttpError(503, 'EXTRACTION_FAILED', 'The extractor is not available in this build.', { hint: 'Install @kg/extractor with ingestDocument.' });
    }
    const raw: RawArticle = { file: articleFileName(body.text), text: body.text, title: body.title ?? null, published: body.published ?? null };
    try {
      const added = await ingest(driver, raw);
      onWritten();
      res.status(201).json({ file: raw.file, added });
    } catch (error) {
      if (isHttpError(error)) throw error;
      if (isUnavailableError(error)) throw neo4jUnavailable(error);
      throw new HttpError(422, 'EXTRACTION_FAILED', `The article could not be extracted or written: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}.`, {
        hint: 'Check that the text is a plain-text news article.',
        cause: error,
      });
    }
  });
  return router;
}
