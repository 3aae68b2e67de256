import { addDays, dateOfSentence, lastWeekday } from './event-date';

describe('event dates', () => {
  it('finds the most recent weekday on or before publication', () => {
    expect(lastWeekday('2017-12-12', 'Monday')).toBe('2017-12-11'); // a Tuesday article
    expect(lastWeekday('2017-11-23', 'thursday')).toBe('2017-11-23'); // the same day
    expect(lastWeekday('2017-11-23', 'Friday')).toBe('2017-11-17');
  });

  it('adds days across month ends', () => {
    expect(addDays('2017-12-01', -1)).toBe('2017-11-30');
  });

  it('reads explicit and relative days and vague spans', () => {
    expect(dateOfSentence('On December 11, the president flew to Syria.', '2017-12-12')).toEqual({ kind: 'day', date: '2017-12-11', source: 'explicit' });
    expect(dateOfSentence('Talks began on 6 January 2016.', null)).toEqual({ kind: 'day', date: '2016-01-06', source: 'explicit' });
    expect(dateOfSentence('The town fell yesterday.', '2017-12-12')).toEqual({ kind: 'day', date: '2017-12-11', source: 'relative' });
    expect(dateOfSentence('Shelling resumed this evening.', '2017-12-12')).toEqual({ kind: 'day', date: '2017-12-12', source: 'relative' });
    expect(dateOfSentence('They met on Tuesday.', '2017-11-23')).toEqual({ kind: 'day', date: '2017-11-21', source: 'relative' });
    expect(dateOfSentence('Last week the army advanced.', '2017-11-23')).toEqual({ kind: 'vague' });
    expect(dateOfSentence('They had last met in October 2015.', '2017-11-23')).toEqual({ kind: 'vague' });
    expect(dateOfSentence('On the same day, the chiefs met.', '2017-11-23')).toEqual({ kind: 'same-day' });
    expect(dateOfSentence('Less than 20 days after the battle, the army moved on.', null)).toEqual({ kind: 'none' });
    expect(dateOfSentence('The army moved on.', '2017-11-23')).toEqual({ kind: 'none' });
  });

  it('ignores impossible days and reads a published timestamp as its day', () => {
    expect(dateOfSentence('The vote was held on 31/02/2017.', '2017-03-05')).toEqual({ kind: 'none' });
    expect(dateOfSentence('The town fell yesterday.', '2017-12-12T08:30:00Z')).toMatchObject({ date: '2017-12-11' });
  });

  it('puts a yearless date after the publication day in the year before', () => {
    expect(dateOfSentence('On December 30, the talks ended.', '2018-01-03')).toMatchObject({ date: '2017-12-30' });
  });

  it('counts weekdays in other shapes from the publication day', () => {
    expect(dateOfSentence('Shells hit the port late Wednesday, the coast guard said.', '2021-05-07')).toMatchObject({ date: '2021-05-05' });
    expect(dateOfSentence("After Tuesday's vote the mayor resigned.", '2021-05-07')).toMatchObject({ date: '2021-05-04' });
    expect(dateOfSentence('The ferry sank early on Friday.', '2021-05-07')).toMatchObject({ date: '2021-05-07' });
  });
});
