import { UndoStack } from './undo-stack';
import { nextPlaybackEnd, timeAxis, indexOf } from './time-axis';

describe('UndoStack', () => {
  it('undoes and redoes in order, and a new change drops the redo branch', () => {
    const stack = new UndoStack<string>();
    let state = 'a';
    const change = (next: string) => {
      stack.push(state);
      state = next;
    };
    change('b');
    change('c');
    state = stack.undo(state) ?? state;
    expect(state).toBe('b');
    state = stack.undo(state) ?? state;
    expect(state).toBe('a');
    expect(stack.undo(state)).toBeNull();
    state = stack.redo(state) ?? state;
    expect(state).toBe('b');
    change('d');
    expect(stack.canRedo).toBe(false);
    expect(stack.undo(state)).toBe('b');
  });

  it('forgets the oldest states past its depth', () => {
    const stack = new UndoStack<number>(3);
    for (let i = 0; i < 5; i++) stack.push(i);
    const seen = [];
    let s: number | null = 99;
    while ((s = stack.undo(s ?? 0)) !== null) seen.push(s);
    expect(seen).toEqual([4, 3, 2]);
  });
});

describe('time axis', () => {
  const axis = timeAxis([{ from: '2017-12-12', to: '2017-12-13' }, { from: '2017-12-11', to: null }, { from: null, to: null }, { from: '2017-12-12', to: '2017-12-12' }]);
  it('lists distinct days in order', () => {
    expect(axis).toEqual(['2017-12-11', '2017-12-12', '2017-12-13']);
    expect(indexOf(axis, '2017-12-12', 0)).toBe(1);
    expect(indexOf(axis, null, 2)).toBe(2);
  });
  it('steps playback one reported day at a time and stops after the last', () => {
    expect(nextPlaybackEnd(axis, null)).toBe('2017-12-11');
    expect(nextPlaybackEnd(axis, '2017-12-11')).toBe('2017-12-12');
    expect(nextPlaybackEnd(axis, '2017-12-13')).toBeNull();
    expect(nextPlaybackEnd([], null)).toBeNull();
  });
});
