/**
 * Undo/redo as a stack of snapshots. Each change that can be undone (expand, hide,
 * collapse, filter, layout) pushes the state before it; snapshots are plain data, so the
 * stack knows nothing of Cytoscape. Depth is capped: a 5,000-node snapshot is not small.
 */
export class UndoStack<T> {
  private readonly past: T[] = [];
  private readonly future: T[] = [];

  constructor(private readonly depth = 30) {}

  /** Records the state as it was before a change; a new change forgets the redo branch. */
  push(before: T): void {
    this.past.push(before);
    if (this.past.length > this.depth) this.past.shift();
    this.future.length = 0;
  }

  /** Returns the state to restore, given the current one (kept for redo), or null. */
  undo(current: T): T | null {
    const previous = this.past.pop();
    if (previous === undefined) return null;
    this.future.push(current);
    return previous;
  }

  redo(current: T): T | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(current);
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
