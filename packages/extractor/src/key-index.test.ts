import { KeyIndex } from './key-index';

it('gives back the items filed under a key in the order they were first registered', () => {
  const index = new KeyIndex<string>();
  index.file('first', ['a']);
  index.file('second', ['b']);
  index.file('third', ['a', 'b']);
  index.file('second', ['a']); // a later key of an earlier item keeps its first rank
  expect(index.get('a')).toEqual(['first', 'second', 'third']);
  expect(index.get('b')).toEqual(['second', 'third']);
  expect(index.get('c')).toEqual([]);
  expect(index.get('b', 'a')).toEqual(['first', 'second', 'third']);
});
