/**
 * The last middleware: HttpErrors become their ApiErrorBody; body-parser errors become
 * 400/413; driver errors are translated; anything else is a 500 with a generic message.
 * The stack and cause go to the log, never into the response.
 */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { HttpError, isHttpError } from '../errors';
import { translateNeo4jError } from '../neo4j/neo4j-errors';

interface BodyParserError {
  readonly type?: string;
  readonly status?: number;
  readonly limit?: number;
}

function fromBodyParser(error: BodyParserError): HttpError | undefined {
  if (error.type === 'entity.too.large') {
    return new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${error.limit ?? '?'} bytes.`, {
      hint: 'Send a smaller body (split the article or the query).',
    });
  }
  if (error.type === 'entity.parse.failed') {
    return new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.', { hint: 'Send Content-Type: application/json with a JSON object.' });
  }
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return new HttpError(error.status, 'BAD_REQUEST', 'The request could not be read.', {});
  }
  return undefined;
}

export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const translated = isHttpError(error) ? error : fromBodyParser(error as BodyParserError) ?? translateNeo4jError(error);
    const httpError = isHttpError(translated)
      ? translated
      : new HttpError(500, 'INTERNAL', 'Something went wrong on the server.', { hint: 'The server log has the details; try again.' });
    const context = { status: httpError.status, code: httpError.code, method: req.method, url: req.originalUrl };
    // Client mistakes are routine: one line. Server faults get the error, its cause and stack.
    if (httpError.status >= 500 && httpError.status !== 503) logger.error({ ...context, err: error }, httpError.message);
    else logger.info(context, httpError.message);
    if (res.headersSent) return;
    res.status(httpError.status).set(httpError.headers).json(httpError.toBody());
  };
}
