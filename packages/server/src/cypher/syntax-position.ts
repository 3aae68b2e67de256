/**
 * Neo4j reports syntax errors as "… (line L, column C (offset: O))" followed by an echo of
 * the statement and a caret. The console prefixes the user's text with "EXPLAIN\n"; these
 * pure functions move positions back into the user's text and drop the echo.
 */
import type { CypherPosition } from '../errors';

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** Lines the prefix adds (the console's prefix ends with one newline). */
function prefixLines(prefixLength: number): number {
  return prefixLength > 0 ? 1 : 0;
}

export function toCypherPosition(message: string, prefixLength: number): CypherPosition | undefined {
  const match = POSITION.exec(message);
  if (!match) return undefined;
  const line = Number(match[1]) - prefixLines(prefixLength);
  const column = Number(match[2]);
  const offset = Number(match[3]) - prefixLength;
  if (line < 1 || offset < 0) return { line: 1, column: 1, offset: 0 };
  return { line, column, offset };
}

/** First line of the message, with the position rewritten to the user's text. */
export function stripQueryEcho(message: string, prefixLength: number): string {
  const firstLine = (message.split('\n')[0] ?? message).trim();
  const position = toCypherPosition(firstLine, prefixLength);
  if (!position) return firstLine;
  return firstLine.replace(POSITION, `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`);
}
