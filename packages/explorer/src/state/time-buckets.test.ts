import type { TimelineDay } from '@kg/model';
import { bucketize, weekStart, windowOf } from './time-buckets';

const day = (d: string, q4 = 0, q1 = 0, byReport = 0): TimelineDay => ({ day: d, quads: { '1': q1, '2': 0, '3': 0, '4': q4 }, byReport });

describe('timeline buckets', () => {
  it('keeps days while the span is short, with empty days as gaps', () => {
    const b = bucketize([day('2017-11-20', 2), day('2017-11-23', 1, 3, 1)]);
    expect(b.map((x) => x.start)).toEqual(['2017-11-20', '2017-11-21', '2017-11-22', '2017-11-23']);
    expect(b[3]).toMatchObject({ total: 4, byReport: 1, quads: { '1': 3, '4': 1 } });
    expect(b[1]?.total).toBe(0);
  });

  it('groups a long span into Monday-to-Sunday weeks', () => {
    expect(weekStart('2017-11-23')).toBe('2017-11-20');
    const b = bucketize([day('2017-07-09', 1), day('2017-11-21', 1), day('2017-11-23', 2)]);
    expect(b[0]).toMatchObject({ start: '2017-07-03', end: '2017-07-09', total: 1 });
    const nov = b.find((x) => x.start === '2017-11-20');
    expect(nov).toMatchObject({ end: '2017-11-26', total: 3 });
  });

  it('turns a brushed range of bars into an inclusive window, in either drag direction', () => {
    const b = bucketize([day('2017-11-20', 1), day('2017-11-25', 1)]);
    expect(windowOf(b, 4, 1)).toEqual({ from: '2017-11-21', to: '2017-11-24' });
  });
});
