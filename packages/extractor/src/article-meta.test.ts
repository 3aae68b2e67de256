import { isDateLine, readPublished } from './article-meta';

const article = (...lines: string[]) => ['Floods cut the coastal road', '', ...lines, '', 'The river rose overnight and crews worked until dawn to clear the debris.'].join('\n');

describe('publication date', () => {
  it('reads a dateline under the title', () => {
    expect(readPublished(article('Monday, 3 May 2021'))).toBe('2021-05-03');
  });

  it('reads stamp lines in other shapes', () => {
    expect(readPublished(article('Updated 9:41 AM EST, Tue March 29, 2022'))).toBe('2022-03-29');
    expect(readPublished(article('By Amina Yusuf | Published 6 November 2017, 08:10 GMT'))).toBe('2017-11-06');
    expect(readPublished(article('Last updated: Jan 14, 2020 at 10:02 am'))).toBe('2020-01-14');
  });

  it('reads the day of a photo caption under the title', () => {
    expect(readPublished(article('KABUL, AFGHANISTAN - MAY 03: Smoke rises over the old market in Kabul on May 03, 2021.'))).toBe('2021-05-03');
    expect(readPublished(article('Sandbags are stacked along the quay in Durban, South Africa, on April 12, 2022.'))).toBe('2022-04-12');
  });

  it('does not take a day the story tells for the day it was published', () => {
    expect(readPublished(article('On June 2, 2021, the council told the mayor to close the bridge before the rains came.'))).toBeNull();
    expect(readPublished(article('Crews cleared the road on Monday, officials said.'))).toBeNull();
  });

  it('tells a date line from a sentence', () => {
    expect(isDateLine('By Amina Yusuf | Published Monday, 6 November 2017')).toBe(true);
    expect(isDateLine('The council met on 6 November 2017 to discuss the budget.')).toBe(false);
  });
});
