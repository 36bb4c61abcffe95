// The code editor pane: CodeMirror 6 with Python highlighting, line numbers,
// bracket matching and Ctrl/Cmd-Enter to run.
// What it is not: it does not run code (main.ts wires the Run action).
import { basicSetup } from 'codemirror';
import { python } from '@codemirror/lang-python';
import { EditorView, keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';

export interface EditorPane {
  view: EditorView;
  getText(): string;
  setText(text: string): void;
}

export function createEditor(parent: HTMLElement, initial: string, onRun: () => void, onChange: (text: string) => void): EditorPane {
  const runKeys = Prec.highest(
    keymap.of([
      { key: 'Mod-Enter', run: () => { onRun(); return true; } },
    ]),
  );
  const view = new EditorView({
    doc: initial,
    parent,
    extensions: [
      runKeys,
      basicSetup,
      python(),
      EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
      EditorView.contentAttributes.of({ 'aria-label': 'Python source' }),
    ],
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
  };
}
