/** The environ dict at this step, sorted, with keys added or changed at this step highlighted. */
import type { RequestView } from '../../player/snapshot';
import { useT } from '../i18n';
import { pyRepr } from './current';

export function EnvironPanel({ request }: { request: RequestView | null }) {
  const t = useT();
  const environ = request?.environ ?? null;
  const changed = new Set(request?.changed ?? []);
  return (
    <section className="panel panel-environ" aria-labelledby="panel-environ-h">
      <h3 id="panel-environ-h" className="panel-title">
        <code>{t('panels.environ')}</code>
        {changed.size > 0 && environ && (
          <span className="panel-legend">
            <span className="panel-swatch" aria-hidden="true" /> {t('panels.environChanged')}
          </span>
        )}
      </h3>
      {!environ ? (
        <p className="panel-empty">{t('panels.environEmpty')}</p>
      ) : (
        <div className="panel-scroll">
          <table className="panel-table">
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('panels.key')}</th>
                <th scope="col">{t('panels.value')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.keys(environ)
                .sort()
                .map((key) => {
                  const isChanged = changed.has(key);
                  return (
                    <tr
                      key={key}
                      className={isChanged ? 'panel-changed' : undefined}
                      data-changed={isChanged || undefined}
                    >
                      <th scope="row">{key}</th>
                      <td>
                        {pyRepr(environ[key])}
                        {isChanged && (
                          <span className="visually-hidden"> ({t('panels.environChanged')})</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
