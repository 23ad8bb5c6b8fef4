/**
 * A lane's figures at the cursor, in real text (what screen readers and the
 * browser test read): the figure window that ended last, the frame's counts,
 * and the whole run's errors by status.
 */
import { useExplainer } from '../../store/context';
import type { ExplainerState, Lang } from '../../store/explainerStore';
import type { LaneRun } from '../../lab/types';
import { useT } from './i18n';
import { formatCount, formatMemory, formatMs, formatRate, laneNow } from './format';

const selectStep = (s: ExplainerState) => s.step;

type ErrorKind = keyof LaneRun['figures']['errors'];
const ERROR_KINDS: readonly ErrorKind[] = ['502', '503', '504', 'timeout', 'reset', 'other5xx'];

function errorLabel(k: ErrorKind, t: ReturnType<typeof useT>): string {
  if (k === 'timeout') return t('lab.fig.timeout');
  if (k === 'reset') return t('lab.fig.reset');
  return k === 'other5xx' ? '5xx' : k;
}

export function FigureTable({
  lane,
  frameMs,
  lang,
  capacity,
}: {
  lane: LaneRun;
  frameMs: number;
  lang: Lang;
  capacity: number;
}) {
  const t = useT();
  const step = useExplainer(selectStep);
  const now = laneNow(lane, step, frameMs);
  const f = now.frame;
  const w = now.window;
  const e = lane.figures.errors;
  const procs = f?.workers.length ?? 0;
  // No error in the whole run is not an alarm: only a count is shown in the error colour.
  const clean = ERROR_KINDS.every((k) => e[k] === 0);
  const rows: [string, string, string][] = [
    ['throughput', t('lab.fig.throughput'), formatRate(w?.throughput, lang)],
    ['p50', t('lab.fig.p50'), formatMs(w?.p50, lang)],
    ['p95', t('lab.fig.p95'), formatMs(w?.p95, lang)],
    ['p99', t('lab.fig.p99'), formatMs(w?.p99, lang)],
    ['queue', t('lab.fig.queue'), formatCount(f ? f.queued + f.inWorker : undefined, lang)],
    [
      'busy',
      t('lab.fig.busy'),
      f
        ? t('lab.fig.busyOf', {
            n: formatCount(f.serving, lang),
            cap: formatCount(procs * capacity, lang),
          })
        : '–',
    ],
    ['inflight', t('lab.fig.inFlight'), formatCount(f?.inFlight, lang)],
    ['completed', t('lab.fig.completed'), formatCount(f?.completed, lang)],
    ['errors', t('lab.fig.errors'), formatCount(f?.errors, lang)],
    [
      'memory',
      t('lab.fig.memory'),
      w ? t('lab.fig.memoryOf', { mem: formatMemory(w.memoryKiB, lang), n: procs }) : '–',
    ],
    ['cpu', t('lab.fig.cpu'), formatMs(now.cpuMs, lang)],
  ];
  return (
    <table className="lab-figures">
      <caption className="lab-sr">
        {t('lab.fig.caption', { time: (now.t / 1000).toFixed(1) })}
      </caption>
      <tbody>
        {rows.map(([key, label, value]) => (
          <tr key={key} data-figure={key}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
        <tr data-figure="status">
          <th scope="row">{t('lab.fig.byStatus')}</th>
          <td className={clean ? 'lab-status' : 'lab-status lab-status-errors'}>
            {clean
              ? t('lab.fig.none')
              : ERROR_KINDS.filter((k) => e[k] > 0)
                  .map((k) => `${errorLabel(k, t)} ×${formatCount(e[k], lang)}`)
                  .join(' · ')}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
