/** The Python listing with the line the current event corresponds to highlighted. */
import { useEffect, useRef } from 'react';
import type { TraceType } from '../../sim/types';
import { useT } from '../i18n';
import { CODE, lineFor } from './pythonCode';

export function CodePanel({ type, how }: { type: TraceType | undefined; how?: string }) {
  const t = useT();
  const line = lineFor(type, how);
  const box = useRef<HTMLPreElement>(null);
  useEffect(() => {
    // Keep the running line visible inside the listing without scrolling the page.
    const el = box.current?.querySelector<HTMLElement>('.panel-code-current');
    const pre = box.current;
    if (!el || !pre) return;
    const top = el.offsetTop - pre.clientHeight / 2;
    pre.scrollTop = Math.max(0, top);
  }, [line]);
  return (
    <section className="panel panel-code" aria-labelledby="panel-code-h">
      <h3 id="panel-code-h" className="panel-title">
        {t('panels.code')}
        {line !== null && <span className="panel-meta">{t('panels.codeLine', { n: line })}</span>}
        {line === null && type && <span className="panel-meta">{t('panels.noPython')}</span>}
      </h3>
      <pre className="panel-code-listing" ref={box}>
        <code>
          {CODE.map((text, i) => {
            const current = line === i + 1;
            return (
              <span
                key={i}
                className={`panel-code-line${current ? ' panel-code-current' : ''}${text.startsWith('#') ? ' panel-code-comment' : ''}`}
                aria-current={current ? 'step' : undefined}
              >
                <span className="panel-code-num" aria-hidden="true">
                  {i + 1}
                </span>
                {text || ' '}
                {'\n'}
              </span>
            );
          })}
        </code>
      </pre>
    </section>
  );
}
