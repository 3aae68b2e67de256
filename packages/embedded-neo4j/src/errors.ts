/** Codes for the ways the embedded Neo4j can fail to start; each message says what to do. */
export type EmbeddedNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'DATA_DIR_LOCKED'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'INTERRUPTED'
  | 'NOT_RUNNING';

export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
  constructor(
    readonly code: EmbeddedNeo4jErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isEmbeddedNeo4jError(error: unknown): error is EmbeddedNeo4jError {
  return error instanceof EmbeddedNeo4jError;
}
