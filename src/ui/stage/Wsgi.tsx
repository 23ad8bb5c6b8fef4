/**
 * The WSGI server (the application container): builds environ, calls the app,
 * keeps what start_response was given, sends the headers with the first
 * non-empty chunk.
 */
import type { RequestView } from '../../player/snapshot';
import type { StageKey } from '../i18n/stage';
import { breakAfter } from './breakAfter';
import { Station } from './Station';
import { TokenArea } from './Token';

/** Body chunks drawn one by one (the latest ones when there are more). */
const MAX_CHUNKS = 6;

export function Wsgi({
  name,
  focus,
  active,
  t,
}: {
  name: string;
  /** The request of the current event, when it has reached the WSGI server. */
  focus: RequestView | null;
  active: boolean;
  t: (key: StageKey, vars?: Record<string, string | number>) => string;
}) {
  const keys = focus?.environ ? Object.keys(focus.environ).length : 0;
  return (
    <Station
      id="wsgi"
      kind="wsgi"
      title={t('stage.wsgi')}
      sub={<span className="stage-mono">{name}</span>}
      active={active}
    >
      <TokenArea id="wsgi" />
      {focus && focus.environ ? (
        <dl className="stage-facts">
          <div className={focus.changed.length > 0 ? 'is-changed' : undefined}>
            <dt className="stage-mono">{t('stage.wsgi.environ')}</dt>
            <dd>{t('stage.wsgi.keys', { n: keys })}</dd>
          </div>
          <div>
            <dt className="stage-mono">{breakAfter(t('stage.wsgi.status'), '_')}</dt>
            <dd className="stage-mono">{focus.status ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('stage.wsgi.headers')}</dt>
            <dd className={focus.headersSent ? 'is-yes' : 'is-no'}>
              {focus.headersSent ? `✓ ${t('stage.wsgi.sent')}` : t('stage.wsgi.notSent')}
            </dd>
          </div>
          {focus.chunks.length > 0 && (
            <div className="stage-chunks-row">
              <dt>{t('stage.wsgi.body')}</dt>
              <dd>
                <ol
                  className="stage-chunks"
                  aria-label={t('stage.wsgi.chunks', { n: focus.chunks.length })}
                >
                  {focus.chunks.slice(-MAX_CHUNKS).map((c, i, shown) => (
                    <li
                      key={focus.chunks.length - shown.length + i}
                      className={`stage-chunk${c.bytes === 0 ? ' is-empty' : ''}${i === shown.length - 1 ? ' is-latest' : ''}`}
                      title={c.preview}
                    >
                      {c.bytes === 0 ? "b''" : t('stage.wsgi.bytes', { n: c.bytes })}
                    </li>
                  ))}
                </ol>
              </dd>
            </div>
          )}
          {focus.closed && (
            <div>
              <dt className="stage-mono">close()</dt>
              <dd className="is-yes">✓ {t('stage.wsgi.called')}</dd>
            </div>
          )}
        </dl>
      ) : null}
    </Station>
  );
}
