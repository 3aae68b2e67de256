import { nestingDepth, queryShapeProblem, valueDepth } from './query-shape';

describe('nestingDepth', () => {
  it('counts brackets of all three kinds', () => {
    expect(nestingDepth('MATCH (a)-[r]->(b) RETURN {x: [(1)]}')).toBe(3);
    expect(nestingDepth(`RETURN ${'('.repeat(40)}1${')'.repeat(40)}`)).toBe(40);
  });

  it('ignores brackets in strings, quoted names and comments', () => {
    expect(nestingDepth("RETURN '(((((' AS `a[[[[`, \"{{{\" // ((((\n /* [[[[ */ AS x")).toBe(0);
    expect(nestingDepth("RETURN 'it\\'s ((((' AS x")).toBe(0);
  });
});

describe('valueDepth', () => {
  it('measures nested arrays and objects, scalars count zero', () => {
    expect(valueDepth(1)).toBe(0);
    expect(valueDepth({ a: [1, { b: [] }] })).toBe(4);
    expect(valueDepth(JSON.parse(`${'['.repeat(5_000)}${']'.repeat(5_000)}`))).toBe(5_000);
  });
});

it('refuses deep queries and deep parameters with the numbers in the reason', () => {
  expect(queryShapeProblem('MATCH (n) RETURN n', { id: 'x' })).toBeNull();
  expect(queryShapeProblem(`RETURN ${'('.repeat(4_000)}1${')'.repeat(4_000)}`, {})).toMatch(/4000 levels deep; the console accepts at most 100/);
  expect(queryShapeProblem('RETURN $p', { p: JSON.parse(`${'['.repeat(300)}${']'.repeat(300)}`) })).toMatch(/parameters nest 301 levels/);
});
