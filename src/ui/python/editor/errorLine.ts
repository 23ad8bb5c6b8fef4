/**
 * The line Python complained about, marked in the editor: a line decoration
 * (a tinted background) and a marker in its own gutter. Set with
 * `setErrorLine`; any edit clears it (the line may no longer be the one).
 */
import { RangeSet, StateEffect, StateField, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, gutter, GutterMarker, type DecorationSet } from '@codemirror/view';

/** A 1-based line and the marker's tooltip ("Error on this line"), or null to clear. */
export const setErrorLine = StateEffect.define<{ line: number; label: string } | null>();

class ErrorMarker extends GutterMarker {
  constructor(private readonly label: string) {
    super();
  }
  override eq(other: GutterMarker): boolean {
    return other instanceof ErrorMarker && other.label === this.label;
  }
  override toDOM(): Node {
    const el = document.createElement('span');
    el.className = 'cm-py-error-marker';
    el.textContent = '!';
    el.title = this.label;
    return el;
  }
}

interface Marked {
  line: number | null;
  decorations: DecorationSet;
  markers: RangeSet<GutterMarker>;
}

const NONE: Marked = { line: null, decorations: Decoration.none, markers: RangeSet.empty };

const lineDecoration = Decoration.line({ class: 'cm-py-error-line' });

function mark(state: EditorState, at: { line: number; label: string } | null): Marked {
  if (at === null || at.line < 1 || at.line > state.doc.lines) return NONE;
  const { line, label } = at;
  const from = state.doc.line(line).from;
  return {
    line,
    decorations: Decoration.set([lineDecoration.range(from)]),
    markers: RangeSet.of([new ErrorMarker(label).range(from)]),
  };
}

export const errorLineField = StateField.define<Marked>({
  create: () => NONE,
  update(value, tr) {
    let next = tr.docChanged ? NONE : value;
    for (const e of tr.effects) if (e.is(setErrorLine)) next = mark(tr.state, e.value);
    return next;
  },
  provide: (field) => [
    EditorView.decorations.from(field, (m) => m.decorations),
    gutter({
      class: 'cm-py-error-gutter',
      markers: (view) => view.state.field(field).markers,
    }),
  ],
});

/** Mark `line` (or clear) and scroll it to the middle of the editor. */
export function showErrorLine(view: EditorView, line: number | null, label: string): void {
  const valid = line !== null && line >= 1 && line <= view.state.doc.lines;
  view.dispatch({
    effects: valid
      ? [
          setErrorLine.of({ line, label }),
          EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'center' }),
        ]
      : [setErrorLine.of(null)],
  });
}

/** Put the cursor on `line` and focus the editor (the error's "Go to line" button). */
export function focusLine(view: EditorView, line: number): void {
  if (line < 1 || line > view.state.doc.lines) return;
  const from = view.state.doc.line(line).from;
  view.dispatch({
    selection: { anchor: from },
    effects: EditorView.scrollIntoView(from, { y: 'center' }),
  });
  view.focus();
}
