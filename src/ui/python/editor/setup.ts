/**
 * The editor's extensions: a small, deliberate subset of CodeMirror's basic
 * setup (no autocompletion, search or folding: the programs are short),
 * Python through its Lezer grammar, and colours from the site's CSS
 * variables so light and dark follow `data-theme` without reconfiguring.
 *
 * Tab indents (`indentWithTab`). CodeMirror's own way out for keyboard users
 * stays: Escape, then Tab moves focus on (and Ctrl-M / Shift-Alt-M toggles
 * Tab-moves-focus), as its documentation asks of editors that bind Tab.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { pythonLanguage } from '@codemirror/lang-python';
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  indentUnit,
  LanguageSupport,
  syntaxHighlighting,
} from '@codemirror/language';
import { EditorState, type Extension, type Transaction } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import { errorLineField } from './errorLine';

const highlight = HighlightStyle.define([
  {
    tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword],
    color: 'var(--py-keyword)',
  },
  { tag: [t.string, t.special(t.string)], color: 'var(--py-string)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--py-number)' },
  { tag: t.comment, color: 'var(--py-comment)', fontStyle: 'italic' },
  {
    tag: [t.function(t.definition(t.variableName)), t.definition(t.className)],
    color: 'var(--py-def)',
    fontWeight: '600',
  },
  { tag: [t.self, t.special(t.variableName)], color: 'var(--py-self)' },
  { tag: [t.operator, t.punctuation], color: 'var(--text-muted)' },
  { tag: t.invalid, color: 'var(--err)' },
]);

const theme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--text)',
    backgroundColor: 'var(--surface)',
    fontSize: '0.875rem',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--accent)', padding: '0.5rem 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'var(--accent-soft)' },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--surface-2) 60%, transparent)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-2)',
    color: 'var(--text-muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLineGutter': { backgroundColor: 'var(--accent-soft)', color: 'var(--text)' },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 0.5rem 0 0.75rem', minWidth: '2ch' },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--accent-soft)',
    outline: '1px solid var(--accent)',
  },
  '.cm-py-error-line': { backgroundColor: 'color-mix(in srgb, var(--err) 14%, transparent)' },
  '.cm-py-error-gutter': { width: '1.1rem' },
  '.cm-py-error-gutter .cm-gutterElement': { display: 'grid', placeItems: 'center' },
  '.cm-py-error-marker': {
    display: 'inline-grid',
    placeItems: 'center',
    width: '1rem',
    height: '1rem',
    borderRadius: '50%',
    backgroundColor: 'var(--err)',
    color: 'var(--surface)',
    fontFamily: 'var(--font)',
    fontSize: '0.7rem',
    fontWeight: '700',
  },
});

/**
 * The content element's accessible name ("Python code") and the id of the
 * text that explains the keys (Tab indents, Esc then Tab leaves).
 */
export function contentLabels(label: string, describedBy?: string): Extension {
  const attributes: Record<string, string> = { 'aria-label': label };
  if (describedBy) attributes['aria-describedby'] = describedBy;
  return EditorView.contentAttributes.of(attributes);
}

/** Everything but the labels; `onChange` hears each change of the text with its transactions. */
export function editorExtensions(
  onChange: (code: string, transactions: readonly Transaction[]) => void,
): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    indentUnit.of('    '),
    EditorState.tabSize.of(4),
    new LanguageSupport(pythonLanguage),
    syntaxHighlighting(highlight),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    errorLineField,
    theme,
    EditorView.updateListener.of((u) => {
      if (u.docChanged) onChange(u.state.doc.toString(), u.transactions);
    }),
  ];
}
