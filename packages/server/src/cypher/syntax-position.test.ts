import { stripQueryEcho, toCypherPosition } from './syntax-position';

describe('syntax positions', () => {
  const message = "Invalid input '': expected an expression (line 2, column 11 (offset: 18))\n\"EXPLAIN\nRETURN 1 +\"\n          ^";

  it('moves the position back into the user text past the EXPLAIN prefix', () => {
    expect(toCypherPosition(message, 8)).toEqual({ line: 1, column: 11, offset: 10 });
  });

  it('keeps only the first line, with the corrected position', () => {
    expect(stripQueryEcho(message, 8)).toBe("Invalid input '': expected an expression (line 1, column 11 (offset: 10))");
  });

  it('leaves messages without a position alone', () => {
    expect(toCypherPosition('Unknown function', 8)).toBeUndefined();
  });
});
