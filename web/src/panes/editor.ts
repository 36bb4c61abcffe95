// The code editor pane: CodeMirror 6 with Python highlighting, line numbers,
// bracket matching, Ctrl/Cmd-Enter to run, and a gutter that marks the lines whose
// output matched (✓) or diverged (≠) across runs, or raised an error (!).
// What it is not: it does not run code (main.ts wires the Run action).
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { pythonLanguage } from '@codemirror/lang-python';
import { bracketMatching, defaultHighlightStyle, indentOnInput, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { linter, type Diagnostic } from '@codemirror/lint';
import { findLints } from './lints';
import {
  drawSelection, dropCursor, EditorView, GutterMarker, gutter, highlightActiveLine, highlightActiveLineGutter,
  highlightSpecialChars, keymap, lineNumbers,
} from '@codemirror/view';
import { Compartment, EditorState, Prec, RangeSet, StateEffect, StateField } from '@codemirror/state';

export type LineMark = 'same' | 'diverged' | 'error';

class MarkGlyph extends GutterMarker {
  constructor(readonly mark: LineMark) { super(); }
  eq(other: MarkGlyph): boolean { return other.mark === this.mark; }
  toDOM(): Node {
    const span = document.createElement('span');
    span.className = `line-mark line-mark-${this.mark}`;
    span.textContent = this.mark === 'same' ? '✓' : this.mark === 'diverged' ? '≠' : '!';
    span.title = this.mark === 'same' ? 'Output of this line matched in every run'
      : this.mark === 'diverged' ? 'Output of this line differed between runs' : 'This line raised an error';
    return span;
  }
}

const setMarks = StateEffect.define<Map<number, LineMark>>();
const marksField = StateField.define<RangeSet<GutterMarker>>({
  create: () => RangeSet.empty,
  update(value, tr) {
    value = value.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setMarks)) continue;
      const ranges = [...e.value.entries()]
        .filter(([line]) => line >= 1 && line <= tr.state.doc.lines)
        .sort((a, b) => a[0] - b[0])
        .map(([line, mark]) => new MarkGlyph(mark).range(tr.state.doc.line(line).from));
      value = RangeSet.of(ranges);
    }
    return value;
  },
});

// The editing features the page uses, picked from CodeMirror's basic setup: line
// numbers, undo history, bracket matching, Python highlighting and indentation, the
// default keymap (Tab indents; Escape then Tab leaves the editor). Not included, to keep
// the first load small: autocompletion, search panel (the browser's find works), folding.
const editing = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  history(),
  drawSelection(),
  dropCursor(),
  indentOnInput(),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  bracketMatching(),
  highlightActiveLine(),
  new LanguageSupport(pythonLanguage),
  keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
];

export interface EditorPane {
  view: EditorView;
  getText(): string;
  setText(text: string): void;
  setLineMarks(marks: Map<number, LineMark>): void;
  goToLine(line: number): void;
  setReadOnly(readOnly: boolean): void;
}

export function createEditor(parent: HTMLElement, initial: string, onRun: () => void, onChange: (text: string) => void): EditorPane {
  const runKeys = Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }]));
  const readOnly = new Compartment();
  const view = new EditorView({
    doc: initial,
    parent,
    extensions: [
      runKeys,
      marksField,
      gutter({ class: 'cm-mark-gutter', markers: (v) => v.state.field(marksField) }),
      editing,
      linter((v) => findLints(v.state.doc.toString()).map((l): Diagnostic => {
        const line = v.state.doc.line(Math.min(l.line, v.state.doc.lines));
        return { from: line.from + Math.min(l.from, line.length), to: line.from + Math.min(l.to, line.length), severity: 'warning', message: l.message };
      }), { delay: 300 }),
      readOnly.of([]),
      EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
      EditorView.contentAttributes.of({ 'aria-label': 'Python source' }),
    ],
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    setLineMarks: (marks) => view.dispatch({ effects: setMarks.of(marks) }),
    goToLine: (line) => {
      if (line < 1 || line > view.state.doc.lines) return;
      const pos = view.state.doc.line(line).from;
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
    setReadOnly: (ro) =>
      view.dispatch({ effects: readOnly.reconfigure(ro ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : []) }),
  };
}
