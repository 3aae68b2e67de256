/** Keyboard shortcuts, one table: key → action (shown in the help dialog too). */
export interface Shortcut {
  readonly keys: string;
  readonly help: string;
  readonly match: (e: KeyboardEvent) => boolean;
  readonly run: () => void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

export function shortcutTable(a: Record<'fit' | 'zoomIn' | 'zoomOut' | 'undo' | 'redo' | 'expand' | 'hide' | 'pin' | 'only' | 'collapse' | 'path' | 'search' | 'console' | 'escape' | 'help' | 'relayout', () => void>): Shortcut[] {
  return [
    { keys: 'Ctrl/Cmd+Z', help: 'undo', match: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z', run: a.undo },
    { keys: 'Ctrl/Cmd+Shift+Z, Ctrl+Y', help: 'redo', match: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'), run: a.redo },
    { keys: '/', help: 'search', match: (e) => e.key === '/', run: a.search },
    { keys: 'F', help: 'fit the view', match: (e) => e.key === 'f', run: a.fit },
    { keys: '+', help: 'zoom in', match: (e) => e.key === '+' || e.key === '=', run: a.zoomIn },
    { keys: '-', help: 'zoom out', match: (e) => e.key === '-', run: a.zoomOut },
    { keys: 'E', help: 'expand the selection', match: (e) => e.key === 'e', run: a.expand },
    { keys: 'C', help: 'collapse the selection', match: (e) => e.key === 'c', run: a.collapse },
    { keys: 'H / Delete', help: 'hide the selection', match: (e) => e.key === 'h' || e.key === 'Delete', run: a.hide },
    { keys: 'P', help: 'pin / unpin the selection', match: (e) => e.key === 'p', run: a.pin },
    { keys: 'N', help: 'only this neighbourhood', match: (e) => e.key === 'n', run: a.only },
    { keys: 'S', help: 'shortest path between two selected nodes', match: (e) => e.key === 's', run: a.path },
    { keys: 'L', help: 'run the layout again', match: (e) => e.key === 'l', run: a.relayout },
    { keys: '`', help: 'open / close the Cypher console', match: (e) => e.key === '`', run: a.console },
    { keys: 'Esc', help: 'clear the selection', match: (e) => e.key === 'Escape', run: a.escape },
    { keys: '?', help: 'this help', match: (e) => e.key === '?', run: a.help },
  ];
}

/** Shortcuts do not fire while typing in a field or the editor. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest?.('.cm-editor'));
}
