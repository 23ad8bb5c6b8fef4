/** Status and headers so far (stored by start_response, or sent), and the body chunks. */
import type { RequestView } from '../../player/snapshot';
import { useT } from '../i18n';

export function ResponsePanel({ request }: { request: RequestView | null }) {
  const t = useT();
  const status = request?.status ?? null;
  return (
    <section className="panel panel-response" aria-labelledby="panel-response-h">
      <h3 id="panel-response-h" className="panel-title">
        {t('panels.response')}
        {status && (
          <span
            className={`panel-badge ${request?.headersSent ? 'panel-badge-sent' : 'panel-badge-stored'}`}
          >
            {request?.headersSent ? t('panels.sent') : t('panels.notSent')}
          </span>
        )}
      </h3>
      {!status ? (
        <p className="panel-empty">{t('panels.noStatus')}</p>
      ) : (
        <pre className="panel-pre">
          <span className="panel-status">{status}</span>
          {request!.headers.map(([k, v], i) => (
            <span key={i} className="panel-header-line">
              {'\n'}
              <span className="panel-header-name">{k}</span>: {v}
            </span>
          ))}
        </pre>
      )}
    </section>
  );
}

export function BodyPanel({ request }: { request: RequestView | null }) {
  const t = useT();
  const chunks = request?.chunks ?? [];
  const total = chunks.reduce((n, c) => n + c.bytes, 0);
  return (
    <section className="panel panel-body" aria-labelledby="panel-body-h">
      <h3 id="panel-body-h" className="panel-title">
        {t('panels.body')}
        {chunks.length > 0 && <span className="panel-meta">{t('panels.bytes', { n: total })}</span>}
      </h3>
      {chunks.length === 0 ? (
        <p className="panel-empty">{t('panels.noChunks')}</p>
      ) : (
        <ol className="panel-chunks">
          {chunks.map((c, i) => (
            <li key={i}>
              <span className="panel-meta">
                {t('panels.chunk', { n: i + 1 })} · {t('panels.bytes', { n: c.bytes })}
              </span>
              <code className="panel-chunk-preview">{c.preview || '∅'}</code>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
