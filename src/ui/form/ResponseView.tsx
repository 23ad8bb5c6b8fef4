/** The "Response" region: status line, headers, body (text, pretty JSON, or bytes). */
import { useT } from '../i18n';
import type { Outcome } from './RequestForm';

export function ResponseView({ outcome }: { outcome: Outcome }) {
  const t = useT();
  return (
    <section
      className="ui-card form-response"
      role="region"
      aria-label={t('form.response')}
      aria-live="polite"
    >
      <h2 className="form-title" aria-hidden="true">
        {t('form.response')}
      </h2>
      {outcome === null && <p className="form-hint">{t('form.noResponse')}</p>}
      {outcome?.kind === 'network' && (
        <p className="form-network-error">
          <strong>{t('form.networkError')}</strong>
          <br />
          <code>{outcome.message}</code>
        </p>
      )}
      {outcome?.kind === 'response' && (
        <>
          <pre className="form-pre">
            <span
              className={`form-status form-status-${Math.floor(Number(outcome.shown.statusLine.split(' ')[1]) / 100)}xx`}
            >
              {outcome.shown.statusLine}
            </span>
            {outcome.shown.headers.map(([k, v], i) => (
              <span key={i}>
                {'\n'}
                <span className="form-header-name">{k}</span>: {v}
              </span>
            ))}
          </pre>
          {outcome.shown.gzipBytes !== null && (
            <p className="form-note">{t('form.gzip', { n: outcome.shown.gzipBytes })}</p>
          )}
          {outcome.shown.body.kind === 'empty' && (
            <p className="form-note">{t('form.emptyBody')}</p>
          )}
          {outcome.shown.body.kind === 'text' && (
            <pre className="form-pre form-body">{outcome.shown.body.text}</pre>
          )}
          {outcome.shown.body.kind === 'binary' && (
            <>
              <p className="form-note">{t('form.binary', { n: outcome.shown.body.bytes })}</p>
              <pre className="form-pre form-body">{outcome.shown.body.hex}</pre>
            </>
          )}
        </>
      )}
    </section>
  );
}
