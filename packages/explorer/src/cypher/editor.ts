/**
 * The Cypher editor: CodeMirror 6 with the Cypher mode from @codemirror/legacy-modes
 * (highlighting), autocompletion of labels, relationship types and properties read from
 * the database, and Mod-Enter to run.
 */
import { autocompletion, closeCompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, defaultHighlightStyle, syntaxHighlighting, bracketMatching } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { CYPHER_KEYWORDS, completionKind } from './completion-kind';

export interface Schema {
  labels: string[];
  types: string[];
  properties: string[];
}

export function createEditor(parent: HTMLElement, doc: string, schema: Schema, run: () => void): EditorView {
  const complete = (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/`?\w*/);
    if (!word || (word.from === word.to && !context.explicit && !/[:.|]$/.test(context.state.sliceDoc(Math.max(0, word.from - 1), word.from)))) return null;
    const before = context.state.sliceDoc(0, word.to);
    const kind = completionKind(before);
    const options =
      kind === 'label' ? schema.labels.map((l) => ({ label: l, type: 'class' }))
      : kind === 'type' ? schema.types.map((t) => ({ label: t, type: 'interface' }))
      : kind === 'property' ? schema.properties.map((p) => ({ label: p, type: 'property' }))
      : [...CYPHER_KEYWORDS.map((k) => ({ label: k, type: 'keyword' })), ...schema.labels.map((l) => ({ label: l, type: 'class' }))];
    return { from: word.from, options, validFor: /^`?\w*$/ };
  };
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        highlightActiveLine(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [complete], activateOnTyping: true }),
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: (view) => (closeCompletion(view), run(), true) }])),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
      ],
    }),
  });
}
