/** The panel's smaller pieces: the load/ready line, the error box, the link notes. */
import type { CodeError, LoadProgress } from '../../python/contract';
import type { CodeParamProblem } from '../../python/codeParam';
import { pyText, type Lang } from './strings';
import { errorSentence, megabytes, pythonLine } from './words';

export type StateLine =
  | { kind: 'idle' }
  | { kind: 'loading'; progress: LoadProgress | null }
  | { kind: 'running' }
  | { kind: 'load-failed' }
  | { kind: 'ready'; layers: string[] }
  | { kind: 'stale' }
  | { kind: 'none' };

/** Beside the Run button: what CPython is doing. Not a live region (the panel announces transitions once). */
export function StatusLine({ state, lang }: { state: StateLine; lang: Lang }) {
  switch (state.kind) {
    case 'loading':
      return <LoadBar progress={state.progress} lang={lang} />;
    case 'idle':
      return <p className="py-state-text">{pyText(lang, 'py.idle')}</p>;
    case 'running':
      return <p className="py-state-text">{pyText(lang, 'py.running')}</p>;
    case 'load-failed':
      return <p className="py-state-text is-error">{pyText(lang, 'py.loadFailed')}</p>;
    case 'stale':
      return <p className="py-state-text is-stale">{pyText(lang, 'py.stale')}</p>;
    case 'ready':
      return (
        <p className="py-state-text is-ready">
          {pyText(lang, 'py.ready')}
          {state.layers.length > 0 && (
            <span className="py-layers">
              {pyText(lang, 'py.layers', { layers: state.layers.join(' → ') })}
            </span>
          )}
        </p>
      );
    case 'none':
      return null;
  }
}

/** Bytes, not a spinner: a real <progress> (indeterminate only while the total is unknown). */
function LoadBar({ progress, lang }: { progress: LoadProgress | null; lang: Lang }) {
  const loaded = progress?.loaded ?? 0;
  const total = progress?.total ?? 0;
  const text =
    total > 0
      ? pyText(lang, 'py.loading.bytes', { loaded: megabytes(loaded), total: megabytes(total) })
      : pyText(lang, 'py.loading.some', { loaded: megabytes(loaded) });
  const label = pyText(lang, 'py.loading');
  return (
    <div className="py-load">
      <span className="py-load-label">{label}</span>
      {total > 0 ? (
        <progress
          className="py-load-bar"
          aria-label={label}
          aria-valuetext={text}
          max={total}
          value={Math.min(loaded, total)}
        />
      ) : (
        <progress className="py-load-bar" aria-label={label} aria-valuetext={text} />
      )}
      <span className="py-load-bytes">{text}</span>
    </div>
  );
}

export function ErrorBox(props: {
  error: CodeError;
  lang: Lang;
  id: string;
  onGoToLine: (line: number) => void;
}) {
  const { error, lang } = props;
  return (
    <div className="py-error" id={props.id}>
      <p className="py-error-lead">{errorSentence(error, lang)}</p>
      <pre className="py-error-python">
        <code>{pythonLine(error)}</code>
      </pre>
      {error.line !== null && (
        <button type="button" className="py-link" onClick={() => props.onGoToLine(error.line!)}>
          {pyText(lang, 'py.err.line', { line: error.line })}
        </button>
      )}
    </div>
  );
}

export function LinkNote(props: {
  fromLink: boolean;
  problem: CodeParamProblem | null;
  lang: Lang;
  onDismiss: () => void;
}) {
  const { lang } = props;
  if (!props.fromLink && !props.problem) return null;
  const text = props.problem
    ? pyText(lang, props.problem === 'too-long' ? 'py.link.too-long' : 'py.link.corrupt')
    : pyText(lang, 'py.link');
  return (
    <div className={props.problem ? 'py-note is-warn' : 'py-note'} role="note">
      <p>{text}</p>
      <button type="button" className="py-note-close" onClick={props.onDismiss}>
        {pyText(lang, 'py.dismiss')}
      </button>
    </div>
  );
}
