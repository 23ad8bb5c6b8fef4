/**
 * CodeMirror 6 in React: the view is created once per mount and owned by
 * CodeMirror; React only pushes changes in (a new `value` from outside, the
 * language's labels, the error line) and hears edits through `onChange`.
 */
import { Annotation, Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { focusLine, showErrorLine } from './errorLine';
import { contentLabels, editorExtensions } from './setup';

export interface CodeEditorHandle {
  /** Move the cursor to a 1-based line and focus the editor. */
  focusLine(line: number): void;
}

export interface CodeEditorProps {
  value: string;
  onChange: (code: string) => void;
  /** Accessible name of the editable content. */
  label: string;
  describedBy?: string;
  /** The line to mark; a new object marks (and scrolls to) it again. */
  errorMark: { line: number | null; label: string } | null;
  ref?: Ref<CodeEditorHandle>;
}

/** Marks the transactions that bring an outside `value` in, so they are not echoed as edits. */
const fromProps = Annotation.define<boolean>();

export function CodeEditor({
  value,
  onChange,
  label,
  describedBy,
  errorMark,
  ref,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const labels = useRef(new Compartment());
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  // Created once; the props it reads first are the initial ones, later ones arrive through the effects below.
  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          labels.current.of(contentLabels(label, describedBy)),
          editorExtensions((code, tr) => {
            if (!tr.some((t) => t.annotation(fromProps))) changed.current(code);
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view is created once per mount
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === value) return;
    v.dispatch({
      changes: { from: 0, to: v.state.doc.length, insert: value },
      annotations: fromProps.of(true),
    });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: labels.current.reconfigure(contentLabels(label, describedBy)),
    });
  }, [label, describedBy]);

  useEffect(() => {
    if (view.current) showErrorLine(view.current, errorMark?.line ?? null, errorMark?.label ?? '');
  }, [errorMark]);

  useImperativeHandle(
    ref,
    () => ({
      focusLine: (line: number) => {
        if (view.current) focusLine(view.current, line);
      },
    }),
    [],
  );

  return <div className="py-editor" ref={host} />;
}
