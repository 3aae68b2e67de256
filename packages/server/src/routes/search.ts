/** GET /api/search?q=&types=&limit=: full-text + fuzzy search over entity names and aliases, ranked. */
import { Router } from 'express';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { FULLTEXT_ENTITY_INDEX } from '@kg/model';
import { badRequest, isHttpError } from '../errors';
import { toGraphNode } from '../neo4j/graph-collector';
import { readQuery } from '../neo4j/read-query';
import { toNumber } from '../neo4j/to-plain';
import { toLuceneQuery, toSearchWords } from '../queries/lucene-query';
import { intParam, listParam, parseWith } from '../validation/parse-request';
import { labelParam } from '../validation/vocabulary';

const SearchParams = z.object({
  q: z.string().trim().min(1, 'q is required').max(200),
  types: listParam(labelParam),
  limit: intParam(1, 100, 20),
});

export const FULLTEXT_QUERY = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
RETURN node, score ORDER BY score DESC LIMIT $limit`;

// Used only when the full-text index is missing (a graph written before the schema was ensured).
const SCAN_QUERY = `
MATCH (node) WHERE (node:Actor OR node:Location OR node:Event)
  AND ($types IS NULL OR any(label IN labels(node) WHERE label IN $types))
  AND any(word IN $words WHERE toLower(coalesce(node.searchText, node.name, node.label, '')) CONTAINS word)
RETURN node, 1.0 AS score LIMIT $limit`;

export function createSearchRouter(driver: Driver): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const params = parseWith(SearchParams, req.query, 'search parameters');
    const lucene = toLuceneQuery(params.q);
    if (!lucene) throw badRequest(`The search text ${JSON.stringify(params.q)} has no letters or digits.`);
    const shared = { types: params.types ?? null, limit: params.limit };
    let result;
    try {
      result = await readQuery(driver, FULLTEXT_QUERY, { ...shared, index: FULLTEXT_ENTITY_INDEX, lucene, fetch: params.limit * 4 });
    } catch (error) {
      if (!isHttpError(error) || error.status !== 400) throw error;
      result = await readQuery(driver, SCAN_QUERY, { ...shared, words: toSearchWords(params.q) });
    }
    res.json({
      query: params.q,
      results: result.records.map((record) => ({ ...toGraphNode(record.get('node')), score: toNumber(record.get('score')) })),
    });
  });
  return router;
}
