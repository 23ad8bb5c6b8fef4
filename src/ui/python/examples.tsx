/**
 * The examples menu. Choosing an example replaces the code at once while it
 * is still the example it came from; once edited (or when it came in a link)
 * an inline question asks first. Inline, not `window.confirm`: a sandboxed
 * embed without `allow-modals` answers every confirm() with false.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { PythonExample } from './PythonPanel';
import { pyText, type Lang } from './strings';

const CUSTOM = '';

export interface ExamplesState {
  /** The select's value: the example the code still is, or '' when edited. */
  value: string;
  edited: boolean;
  /** An example waiting for the learner's yes (their code is edited). */
  pending: PythonExample | null;
  choose: (id: string) => void;
  replace: () => void;
  keep: () => void;
  /** The select's id: focus returns there when the question closes. */
  selectId: string;
}

export function useExamples(o: {
  examples: readonly PythonExample[];
  code: string;
  initialExample?: string;
  fromLink: boolean;
  onReplace: (code: string) => void;
}): ExamplesState {
  // The example the code came from and its text: the code is "edited" once it differs.
  const [base, setBase] = useState<{ id: string; code: string } | null>(() => {
    const id = o.initialExample ?? o.examples[0]?.id;
    return o.fromLink || id === undefined ? null : { id, code: o.code };
  });
  const [pending, setPending] = useState<PythonExample | null>(null);
  const latest = useRef(0);
  const selectId = useId();
  const refocus = () => document.getElementById(selectId)?.focus();
  const edited = base === null || base.code !== o.code;

  const load = async (example: PythonExample) => {
    const token = ++latest.current;
    let source: string;
    try {
      source = await example.load();
    } catch {
      return; // a chunk that failed to load: the code stays as it was
    }
    if (token !== latest.current) return; // a later choice won
    setBase({ id: example.id, code: source });
    o.onReplace(source);
  };

  return {
    value: edited || !base ? CUSTOM : base.id,
    edited,
    pending,
    choose: (id) => {
      const example = o.examples.find((e) => e.id === id);
      if (!example || (!edited && base?.id === id)) return;
      if (edited) setPending(example);
      else void load(example);
    },
    replace: () => {
      if (pending) void load(pending);
      setPending(null);
      refocus();
    },
    keep: () => {
      setPending(null);
      refocus();
    },
    selectId,
  };
}

export function ExamplesSelect({
  state,
  examples,
  lang,
}: {
  state: ExamplesState;
  examples: readonly PythonExample[];
  lang: Lang;
}) {
  return (
    <label className="py-examples">
      <span>{pyText(lang, 'py.example')}</span>
      <select
        id={state.selectId}
        value={state.pending?.id ?? state.value}
        onChange={(e) => state.choose(e.target.value)}
      >
        {state.edited && (
          <option value={CUSTOM} disabled>
            {pyText(lang, 'py.example.custom')}
          </option>
        )}
        {examples.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The question, with focus on its first answer so a keyboard user is already there. */
export function ReplaceQuestion({ state, lang }: { state: ExamplesState; lang: Lang }) {
  const yes = useRef<HTMLButtonElement>(null);
  const id = useId();
  const pending = state.pending;
  useEffect(() => {
    if (pending) yes.current?.focus();
  }, [pending]);
  if (!pending) return null;
  return (
    <div className="py-note is-warn py-question" role="group" aria-labelledby={id}>
      <p id={id}>{pyText(lang, 'py.example.confirm', { title: pending.name[lang] })}</p>
      <button type="button" className="py-note-close" ref={yes} onClick={state.replace}>
        {pyText(lang, 'py.example.replace')}
      </button>
      <button type="button" className="py-note-close" onClick={state.keep}>
        {pyText(lang, 'py.example.keep')}
      </button>
    </div>
  );
}
