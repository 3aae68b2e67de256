import { extractEvents } from './extract-events';
import { handInput } from './hand-input.test-data';

describe('name-glued participles', () => {
  it('reads "AU-recognised" and "Kenya-backed" as modifiers, not happenings', () => {
    const events = extractEvents(handInput([['The AU-recognised council and the Kenya-backed militia held the port.']], [
      { surface: 'AU', id: 'african-union', type: 'ORGANIZATION' },
      { surface: 'Kenya', id: 'kenya', type: 'COUNTRY' },
    ]));
    expect(events.map((e) => e.trigger)).not.toContain('recognised');
    expect(events.map((e) => e.trigger)).not.toContain('backed');
  });
});
