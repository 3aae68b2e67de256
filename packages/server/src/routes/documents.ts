/**
 * POST /api/documents: runs the extractor on one article and writes it. The article comes as
 * JSON {title?, published?, text} or as the raw file (Content-Type text/plain or
 * application/octet-stream, ?title=&published=), and is checked like the CLI checks a file
 * (empty, binary, not UTF-8 are refused with a reason). Idempotent: the article's file name
 * is derived from a hash of its text, so posting the same text again rewrites the same
 * Document instead of adding one.
 */
import { createHash } from 'node:crypto';
import express, { Router } from 'express';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import type { RawArticle } from '@kg/model';
import { checkArticleText, decodeArticle } from '@kg/extractor';
import { HttpError, isHttpError, badRequest } from '../errors';
import { isUnavailableError } from '../neo4j/neo4j-errors';
import { neo4jUnavailable } from '../errors';
import { isoDay, parseWith } from '../validation/parse-request';

export type IngestDocument = (driver: Driver, raw: RawArticle) => Promise<unknown>;

export const MAX_ARTICLE_CHARS = 200_000;

const ArticleMeta = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  published: isoDay.optional(),
});

const DocumentBody = ArticleMeta.extend({
  text: z.string().min(1, 'text is required').max(MAX_ARTICLE_CHARS, `text is limited to ${MAX_ARTICLE_CHARS} characters`),
});

const RAW_TYPES = ['text/plain', 'application/octet-stream'];

export function articleFileName(text: string): string {
  return `api-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
}

/** The article in the request, checked; a 400 naming the problem otherwise. */
function articleOf(body: unknown, query: unknown): { text: string; title?: string; published?: string } {
  if (Buffer.isBuffer(body)) {
    const meta = parseWith(ArticleMeta, query, 'document parameters');
    const decoded = decodeArticle(body, body.length);
    if (!decoded.ok) throw badRequest(`The article was refused: ${decoded.reason}.`);
    if (decoded.text.length > MAX_ARTICLE_CHARS) throw badRequest(`The article has ${decoded.text.length} characters; the limit is ${MAX_ARTICLE_CHARS}.`, 'Split it into parts.');
    return { ...meta, text: decoded.text };
  }
  const parsed = parseWith(DocumentBody, body ?? {}, 'document');
  const checked = checkArticleText(parsed.text);
  if (!checked.ok) throw badRequest(`Invalid document: ${checked.reason}.`);
  return { ...parsed, text: checked.text };
}

export function createDocumentsRouter(driver: Driver, ingest: IngestDocument | undefined, onWritten: () => void = () => {}, bodyLimit = '1mb'): Router {
  const router = Router();
  router.post('/', express.raw({ type: RAW_TYPES, limit: bodyLimit }), async (req, res) => {
    const article = articleOf(req.body, req.query);
    if (!ingest) {
      throw new HttpError(503, 'EXTRACTION_FAILED', 'The extractor is not available in this build.', { hint: 'Install @kg/extractor with ingestDocument.' });
    }
    const raw: RawArticle = { file: articleFileName(article.text), text: article.text, title: article.title ?? null, published: article.published ?? null };
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
