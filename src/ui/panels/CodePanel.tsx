/**
 * The scene's code (Python, or nginx's configuration where no Python runs)
 * with the line that runs at the current event marked. The listing and the
 * line map are the scene's own (src/scenes/<id>/code.ts); this only draws.
 */
import { useEffect, useId, useRef } from 'react';
import { codeLine, listingOf, runsPython, type EventSource } from '../../scenes/code';
import type { SceneId } from '../../sim/types';
import { useLang, useT } from '../i18n';

export interface CodePanelProps {
  scene: SceneId;
  /** The timeline (a Player fits) and the index of the event to show; -1: none yet. */
  events: EventSource;
  index: number;
}

export function CodePanel({ scene, events, index }: CodePanelProps) {
  const t = useT();
  const lang = useLang();
  const listing = listingOf(scene);
  const event = index >= 0 && index < events.length ? events.event(index) : null;
  const line = event ? codeLine(scene, events, index) : null;
  const box = useRef<HTMLPreElement>(null);
  const id = useId();
  useEffect(() => {
    // Keep the running line visible inside the listing without scrolling the page.
    const el = box.current?.querySelector<HTMLElement>('.panel-code-current');
    const pre = box.current;
    if (!el || !pre) return;
    pre.scrollTop = Math.max(0, el.offsetTop - pre.clientHeight / 2);
  }, [line, scene]);
  return (
    <section className="panel panel-code" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="panel-title">
        {t('panels.code')}
        {line !== null && <span className="panel-meta">{t('panels.codeLine', { n: line })}</span>}
        {line === null && event && (
          <span className="panel-meta">
            {t(runsPython(event) ? 'panels.notShown' : 'panels.noPython')}
          </span>
        )}
      </h3>
      <figure className="panel-code-figure">
        <figcaption id={`${id}-caption`} className="panel-code-caption">
          {listing.title[lang]}
        </figcaption>
        <pre
          className="panel-code-listing"
          ref={box}
          // Scrollable, so focusable; a group named by its caption (a bare <pre> can't be named).
          role="group"
          tabIndex={0}
          aria-labelledby={`${id}-caption`}
          data-lang={listing.lang}
        >
          <code>
            {listing.lines.map((text, i) => {
              const current = line === i + 1;
              return (
                <span
                  key={i}
                  className={`panel-code-line${current ? ' panel-code-current' : ''}${/^\s*#/.test(text) ? ' panel-code-comment' : ''}`}
                  aria-current={current ? 'true' : undefined}
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
      </figure>
    </section>
  );
}
