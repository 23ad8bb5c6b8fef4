/**
 * The "Your own Python" scene's editor panel: the learner's code in
 * CodeMirror, an examples menu, the wsgiref.validate switch and Run. Driven
 * by props (no store): the scene hands it the session's `PythonHost` and owns
 * the code (so it can keep it in the URL). It never runs code by itself:
 * code that came in a link runs only when the reader presses Run.
 *
 * Load it through LazyPythonPanel: this module pulls in CodeMirror.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { CodeError, PythonHost, RunResult } from '../../python/contract';
import type { CodeParamProblem } from '../../python/codeParam';
import { CodeEditor, type CodeEditorHandle } from './editor/CodeEditor';
import { ExamplesSelect, ReplaceQuestion, useExamples } from './examples';
import { ErrorBox, LinkNote, StatusLine, type StateLine } from './parts';
import { pyText, type Lang } from './strings';
import { useHostState } from './useHostState';
import { errorSentence } from './words';
import './panel.css';

/** An entry of the examples menu; its source loads when chosen (src/python/examples.ts fits). */
export interface PythonExample {
  id: string;
  name: { en: string; ko: string };
  load(): Promise<string>;
}

export interface PythonPanelProps {
  /** The session's CPython; null until there is one (Run is then unavailable). */
  host: PythonHost | null;
  code: string;
  onCodeChange: (code: string) => void;
  examples: readonly PythonExample[];
  /** The example `code` holds at first (the first one by default); ignored when `fromLink`. */
  initialExample?: string;
  lang: Lang;
  /** wsgiref.validate at first (on by default); the switch changes it for the next Run. */
  defaultValidate?: boolean;
  /** The code came from a link (`code=`): say it runs only on Run. */
  fromLink?: boolean;
  /** A `code=` in the link that could not be read (the example is shown instead). */
  linkProblem?: CodeParamProblem | null;
  /** Told of every Run's result (the scene may refresh the figure, the URL…). */
  onRun?: (result: RunResult) => void;
}

interface LastRun {
  code: string;
  validate: boolean;
  layers: string[];
}

export function PythonPanel(props: PythonPanelProps) {
  const { host, code, lang, examples } = props;
  const ids = useId();
  const editor = useRef<CodeEditorHandle>(null);
  const hostState = useHostState(host);
  const [validate, setValidate] = useState(props.defaultValidate ?? true);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<CodeError | null>(null);
  const [dismissed, setDismissed] = useState<CodeError | null>(null);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [noteClosed, setNoteClosed] = useState(false);

  // The host's own error (a crash between runs) shows until the learner edits or runs again.
  const error =
    runError ?? (hostState.error && hostState.error !== dismissed ? hostState.error : null);
  const markerLabel = pyText(lang, 'py.err.marker');
  const errorMark = useMemo(
    () => (error ? { line: error.line, label: markerLabel } : null),
    [error, markerLabel],
  );

  const clearError = () => {
    if (runError) setRunError(null);
    if (hostState.error && hostState.error !== dismissed) setDismissed(hostState.error);
  };

  const edit = (next: string) => {
    clearError();
    props.onCodeChange(next);
  };

  const menu = useExamples({
    examples,
    code,
    initialExample: props.initialExample,
    fromLink: props.fromLink ?? false,
    onReplace: (next) => {
      clearError();
      props.onCodeChange(next);
    },
  });

  const run = async () => {
    if (!host || running) return;
    clearError();
    setRunning(true);
    const sent = { code, validate };
    let result: RunResult;
    try {
      result = await host.run(sent.code, { validate: sent.validate });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      result = { ok: false, error: { kind: 'crash', pythonType: '', message, line: null } };
    }
    setRunning(false);
    if (result.ok) {
      setLastRun({ ...sent, layers: result.layers });
    } else {
      setLastRun(null);
      setRunError(result.error);
    }
    props.onRun?.(result);
  };

  const busy = running || hostState.status === 'loading';
  const state: StateLine =
    hostState.status === 'loading'
      ? { kind: 'loading', progress: hostState.progress }
      : running
        ? { kind: 'running' }
        : hostState.status === 'error' && !error
          ? { kind: 'load-failed' }
          : lastRun && hostState.status === 'ready'
            ? lastRun.code !== code || lastRun.validate !== validate
              ? { kind: 'stale' }
              : { kind: 'ready', layers: lastRun.layers }
            : hostState.status === 'idle' && !error
              ? { kind: 'idle' }
              : { kind: 'none' };

  // Said once per change of state (never per progress event).
  const announcement = error
    ? pyText(lang, 'py.live.error', { summary: errorSentence(error, lang) })
    : hostState.status === 'loading'
      ? pyText(lang, 'py.live.loading')
      : hostState.status === 'error'
        ? pyText(lang, 'py.live.loadFailed')
        : hostState.status === 'ready' && lastRun
          ? pyText(lang, 'py.live.ready')
          : '';

  const titleId = `${ids}-title`;
  const keysId = `${ids}-keys`;
  const errorId = `${ids}-error`;
  const unavailable = !host || busy;

  return (
    <section className="ui-card py-panel" aria-labelledby={titleId}>
      <header className="py-head">
        <h2 id={titleId} className="py-title">
          {pyText(lang, 'py.title')}
        </h2>
        <ExamplesSelect state={menu} examples={examples} lang={lang} />
      </header>
      <ReplaceQuestion state={menu} lang={lang} />
      {!noteClosed && (
        <LinkNote
          fromLink={props.fromLink ?? false}
          problem={props.linkProblem ?? null}
          lang={lang}
          onDismiss={() => setNoteClosed(true)}
        />
      )}
      <div className={error?.line ? 'py-editor-box has-error' : 'py-editor-box'}>
        <CodeEditor
          ref={editor}
          value={code}
          onChange={edit}
          label={pyText(lang, 'py.code')}
          describedBy={error ? `${keysId} ${errorId}` : keysId}
          errorMark={errorMark}
        />
      </div>
      <p id={keysId} className="py-keys">
        {pyText(lang, 'py.keys')}
      </p>
      {error && (
        <ErrorBox
          error={error}
          lang={lang}
          id={errorId}
          onGoToLine={(line) => editor.current?.focusLine(line)}
        />
      )}
      <div className="py-bar">
        <label className="py-switch">
          <input
            type="checkbox"
            role="switch"
            checked={validate}
            aria-labelledby={`${ids}-validate-name`}
            aria-describedby={`${ids}-validate`}
            onChange={(e) => setValidate(e.currentTarget.checked)}
          />
          <span className="ui-switch-track py-switch-track" aria-hidden="true" />
          <span className="py-switch-text">
            <code id={`${ids}-validate-name`}>wsgiref.validate</code>
            <span className="py-switch-desc" id={`${ids}-validate`}>
              {pyText(lang, 'py.validate.desc')}
            </span>
          </span>
        </label>
        <div className="py-state">
          <StatusLine state={state} lang={lang} />
        </div>
        <button
          type="button"
          className="ui-primary py-run"
          aria-disabled={unavailable}
          onClick={() => void run()}
        >
          <span aria-hidden="true" className="py-run-icon">
            ▶
          </span>
          {pyText(lang, 'py.run')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

export default PythonPanel;
