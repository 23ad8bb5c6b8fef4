/**
 * A stand-in for the "Your own Python" editor panel (the CodeMirror panel
 * replaces it): a plain textarea, the validate switch, Run, the load
 * progress in bytes and the last error. It drives the session's PythonHost.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { usePythonHost } from '../../session/context';
import { PYTHON_EXAMPLES } from '../../python/examples';
import type { PythonHost } from '../../python/contract';
import { useLang } from '../i18n';

const TEXT = {
  en: {
    code: 'Python code',
    run: 'Run',
    validate: 'Check with wsgiref.validate',
    idle: 'CPython is not loaded yet.',
    loading: 'Loading CPython…',
    ready: 'Your code is running: send a request.',
    error: 'Your code did not load.',
    line: 'line',
  },
  ko: {
    code: '파이썬 코드',
    run: '실행',
    validate: 'wsgiref.validate로 검사',
    idle: '아직 CPython을 불러오지 않았습니다.',
    loading: 'CPython을 불러오는 중…',
    ready: '코드가 실행 중입니다. 요청을 보내 보세요.',
    error: '코드를 불러오지 못했습니다.',
    line: '줄',
  },
} as const;

const noHost = () => () => {};

function useHostState(host: PythonHost | null) {
  const status = useSyncExternalStore(host?.subscribe ?? noHost, () => host?.status() ?? 'idle');
  const progress = useSyncExternalStore(host?.subscribe ?? noHost, () => host?.progress() ?? null);
  const error = useSyncExternalStore(host?.subscribe ?? noHost, () => host?.lastError() ?? null);
  return { status, progress, error };
}

export default function PythonSlot() {
  const host = usePythonHost();
  const lang = useLang();
  const t = TEXT[lang];
  const [code, setCode] = useState<string | null>(null);
  const [validate, setValidate] = useState(true);
  const { status, progress, error } = useHostState(host);

  useEffect(() => {
    let live = true;
    void PYTHON_EXAMPLES[0].load().then((src) => live && setCode((c) => c ?? src));
    return () => {
      live = false;
    };
  }, []);

  if (!host) return null;
  return (
    <section className="python-slot" aria-label={t.code}>
      <textarea
        aria-label={t.code}
        value={code ?? ''}
        onChange={(e) => setCode(e.target.value)}
        rows={16}
        spellCheck={false}
        style={{ width: '100%', fontFamily: 'monospace' }}
      />
      <div>
        <label>
          <input
            type="checkbox"
            checked={validate}
            onChange={(e) => setValidate(e.target.checked)}
          />{' '}
          {t.validate}
        </label>{' '}
        <button
          type="button"
          disabled={code === null}
          onClick={() => void host.run(code ?? '', { validate })}
        >
          {t.run}
        </button>{' '}
        {status === 'loading' && progress && (
          <progress
            value={progress.loaded}
            max={progress.total || undefined}
            aria-label={t.loading}
          />
        )}
        <span role="status">{t[status]}</span>
      </div>
      {error && (
        <p role="alert">
          {error.pythonType}: {error.message}
          {error.line !== null && ` (${t.line} ${error.line})`}
        </p>
      )}
    </section>
  );
}
