import { toLuceneQuery, toSearchWords } from './lucene-query';

describe('toLuceneQuery', () => {
  it('builds exact, prefix and fuzzy clauses for each folded word', () => {
    expect(toLuceneQuery('Erdoğan')).toBe('(erdogan^4 OR erdogan*^2 OR erdogan~2)');
    expect(toLuceneQuery('abu kamal')).toBe('(abu^4 OR abu*^2) OR (kamal^4 OR kamal*^2 OR kamal~1)');
  });

  it('strips every Lucene operator so input cannot change the query structure', () => {
    const query = toLuceneQuery('name:"x" OR *:* AND (y~) \\ ^9 [a TO z]') ?? '';
    expect(query).not.toMatch(/[:"\\[\]]/);
    expect(toSearchWords('*:* ) (')).toEqual([]);
    expect(toLuceneQuery('*:*')).toBeUndefined();
  });
});
