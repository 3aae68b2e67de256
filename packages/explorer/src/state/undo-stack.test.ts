import { UndoStack } from './undo-stack';

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
