import { translateNeo4jError, userFacingMessage } from './neo4j-errors';
import { HttpError } from '../errors';

const neo4jError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('userFacingMessage', () => {
  it('drops Java class names and Caused-by chains, keeps what the user can act on', () => {
    const message = 'Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: Cannot parse \'AND OR ((\': Encountered "<AND>"';
    const cleaned = userFacingMessage(message);
    expect(cleaned).not.toMatch(/org\.apache|ParseException|Caused by/);
    expect(cleaned).toMatch(/^Failed to invoke procedure `db\.index\.fulltext\.queryNodes`/);
    expect(cleaned).toMatch(/Cannot parse 'AND OR \(\('/);
    expect(userFacingMessage('No such index: java.lang.IllegalArgumentException: There is no such fulltext schema index: x')).toBe('No such index: There is no such fulltext schema index: x');
    expect(userFacingMessage('see www.example.com for more')).toBe('see www.example.com for more');
  });
});

describe('translateNeo4jError', () => {
  it('maps the memory limit to 413 and a same-node shortest path to 400', () => {
    const memory = translateNeo4jError(neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'The allocation of an extra 131.8 MiB would use more than the limit')) as HttpError;
    expect(memory).toMatchObject({ status: 413, code: 'CYPHER_TOO_LARGE' });
    const path = translateNeo4jError(neo4jError('Neo.DatabaseError.Statement.ExecutionFailed', 'The shortest path algorithm does not work when the start and end nodes are the same. This can happen if you\nperform…')) as HttpError;
    expect(path).toMatchObject({ status: 400, code: 'CYPHER_FAILED' });
    expect(path.message).toMatch(/from a node to itself/);
    expect(path.hint).toMatch(/a <> b/);
  });

  it('leaves errors that are not the client’s alone', () => {
    const other = neo4jError('Neo.DatabaseError.General.UnknownError', 'disk full');
    expect(translateNeo4jError(other)).toBe(other);
  });
});
