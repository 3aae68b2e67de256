/**
 * GET /api/schema: the labels, relationship types and property keys in use, for the
 * console's completion (the console itself refuses db.schema.*, SHOW … and db.info).
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { GraphVocabulary } from '@kg/model';
import { readQuery } from '../neo4j/read-query';

const VOCABULARY_QUERY = `
CALL db.labels() YIELD label WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType WITH labels, collect(relationshipType) AS relationshipTypes
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, relationshipTypes, collect(propertyKey) AS propertyKeys`;

const sorted = (value: unknown): string[] => (Array.isArray(value) ? value.map(String).sort() : []);

export function createSchemaRouter(driver: Driver): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const record = (await readQuery(driver, VOCABULARY_QUERY, {}, { timeoutMs: 5_000 })).records[0];
    const body: GraphVocabulary = {
      labels: sorted(record?.get('labels')),
      relationshipTypes: sorted(record?.get('relationshipTypes')),
      propertyKeys: sorted(record?.get('propertyKeys')),
    };
    res.json(body);
  });
  return router;
}
