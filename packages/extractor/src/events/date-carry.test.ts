import type { Sentence } from '../sentences';
import { carryDate, type DateCarry } from './date-carry';

/** Days of a run of sentences, one paragraph each, carried as the pipeline carries them. */
function days(texts: readonly string[], published: string | null): (string | null)[] {
  let carry: DateCarry = { date: null, source: 'unknown', paragraph: -1 };
  return texts.map((text, k) => {
    const sentence: Sentence = { index: k, start: 0, end: text.length, text, paragraph: k };
    const day = carryDate(carry, sentence, published);
    carry = day.carry;
    return day.date;
  });
}

describe('date carry', () => {
  it('keeps the named day over the story that follows, however many paragraphs it takes', () => {
    const story = ['On March 3, the delegation landed in Nairobi.', 'It drove to the ministry.', 'The talks ran late.', 'Then the envoy left for the coast.', 'He met fishermen there.', 'They asked for new boats.', 'The envoy promised help.', 'He flew home at night.', 'His aides stayed behind.', 'They signed a memorandum.'];
    expect(days(story, '2022-03-04')).toEqual(Array(story.length).fill('2022-03-03'));
  });

  it('gives no day to a flashback but takes the day back after it', () => {
    const story = ['On March 3, the delegation landed in Nairobi.', 'The two sides had signed a trade pact before the war.', 'The delegation then met the minister.'];
    expect(days(story, '2022-03-04')).toEqual(['2022-03-03', null, '2022-03-03']);
  });

  it('ends the carried day at a vague span and never starts one from a dateline', () => {
    expect(days(['On March 3, the delegation landed.', 'Last week, fighting flared.', 'The envoy left.'], '2022-03-04')).toEqual(['2022-03-03', null, null]);
    expect(days(['Friday, March 4, 2022', 'The envoy left.'], '2022-03-04')).toEqual(['2022-03-04', null]);
  });
});
