/**
 * The "Your own Python" scene's editor, mounted by the site and the embed in
 * that scene only (its own chunk): the CodeMirror panel (loaded lazily behind
 * a placeholder of its height), driven by the session's PythonHost. The code
 * comes from the link's `code=` when there is one (shown, never run until the
 * reader presses Run), else from the first example; every edit is written
 * back to `code=` once the learner pauses typing, so the address is a link to
 * their code.
 */
import { useEffect, useState } from 'react';
import { usePythonHost } from '../../session/context';
import { PYTHON_EXAMPLES } from '../../python/examples';
import { CODE_PARAM, codeFromSearch, encodeCode } from '../../python/codeParam';
import { useLang } from '../i18n';
import { LazyPythonPanel, preloadPythonPanel } from './LazyPythonPanel';

/** How long the learner pauses typing before the address follows. */
const URL_DELAY_MS = 600;

export default function PythonSlot() {
  const host = usePythonHost();
  const lang = useLang();
  const [link] = useState(() => codeFromSearch(window.location.search));
  const [code, setCode] = useState<string | null>(link?.ok ? link.code : null);
  const [edited, setEdited] = useState(false);

  useEffect(() => {
    preloadPythonPanel();
    if (code !== null) return;
    let live = true;
    void PYTHON_EXAMPLES[0].load().then((src) => live && setCode((c) => c ?? src));
    return () => {
      live = false;
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, on mount

  useEffect(() => {
    if (!edited || code === null) return;
    const timer = setTimeout(() => {
      const q = new URLSearchParams(window.location.search);
      q.set(CODE_PARAM, encodeCode(code));
      const { pathname, hash } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}?${q}${hash}`);
    }, URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [code, edited]);

  return (
    <LazyPythonPanel
      host={host}
      code={code}
      onCodeChange={(next) => {
        setCode(next);
        setEdited(true);
      }}
      examples={PYTHON_EXAMPLES}
      lang={lang}
      fromLink={link?.ok ?? false}
      linkProblem={link && !link.ok ? link.problem : null}
    />
  );
}
