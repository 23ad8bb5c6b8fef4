/** The stage's aria-label: one or two sentences on what is true at this step. */
import type { Snapshot } from '../../player/snapshot';
import { fill } from '../../i18n/fill';
import { troubleText } from '../narrate';
import { stageStrings, type StageKey } from '../i18n/stage';
import { pagesOf, privatePages } from './ideas';
import type { StageLayout } from './layout';

export type StageLang = keyof typeof stageStrings;

export { fill };

export function translator(
  lang: StageLang,
): (key: StageKey, vars?: Record<string, string | number>) => string {
  const dict = stageStrings[lang] ?? stageStrings.en;
  return (key, vars) => fill(dict[key], vars);
}

/** What is true at this step, and the scene's idea in words (the GIL, a frozen loop, pages copied). */
export function describe(snap: Snapshot, layout: StageLayout, lang: StageLang): string {
  return describeStep(snap, layout, lang) + ideaText(snap, layout, translator(lang));
}

function ideaText(snap: Snapshot, layout: StageLayout, t: ReturnType<typeof translator>): string {
  const e = snap.event;
  if (!e || !layout.dispatch) return '';
  let out = '';
  for (const pid of snap.pids) {
    const p = snap.processes[pid];
    if (!p.alive) continue;
    if (p.stalledUntil !== null && snap.t < p.stalledUntil) out += t('stage.aria.frozen', { pid });
  }
  const pid = 'pid' in e && typeof e.pid === 'number' ? e.pid : null;
  const p = pid !== null ? snap.processes[pid] : undefined;
  if (!p || !p.alive) return out;
  if (layout.model === 'threads' && p.gil !== null) {
    const waiting = Object.keys(p.busy)
      .map(Number)
      .filter((tid) => tid !== p.gil && p.doing[tid] !== 'io' && p.doing[tid] !== 'block').length;
    out += t('stage.aria.gil', { tid: p.gil, pid: p.pid, waiting });
  }
  if (e.type === 'thread.release' && e.memory && p.parent !== null) {
    const pages = pagesOf(p.memory, p.parent);
    out += t('stage.aria.pages', { pid: p.pid, n: privatePages(pages), total: pages.length });
  }
  return out;
}

function describeStep(snap: Snapshot, layout: StageLayout, lang: StageLang): string {
  const t = translator(lang);
  const e = snap.event;
  const alive = snap.pids.filter((pid) => snap.processes[pid].alive).length;
  const tail = layout.dispatch && alive > 0 ? t('stage.aria.processes', { n: alive }) : '';
  if (!e) return t('stage.aria.empty');
  if (e.type === 'process.spawn')
    return t('stage.aria.spawn', { pid: e.pid, role: t(`stage.role.${e.role}`) }) + tail;
  if (e.type === 'process.exit')
    return t('stage.aria.exit', { pid: e.pid, reason: t(`stage.exit.${e.reason}`) }) + tail;
  const r = e.rid !== null ? snap.requests[e.rid] : undefined;
  if (!r) return snap.order.length === 0 ? t('stage.aria.empty') + tail : tail.trim();
  const req = `${r.rid} ${r.method} ${r.path}`;
  const back = r.direction === 'out' ? t('stage.aria.back') : '';
  const queue = { n: snap.queue.length, backlog: snap.queue.backlog };
  if (e.type === 'listener.drop') return t('stage.aria.dropped', { req, ...queue });
  switch (r.place) {
    case 'done':
      if (r.response)
        return t('stage.aria.answered', {
          req,
          status: `${r.response.status} ${r.response.reason}`.trim(),
        });
      return t('stage.aria.failed', { req, error: r.error ? troubleText(r.error, lang) : '?' });
    case 'client':
      return t('stage.aria.client', { req });
    case 'web':
      return t('stage.aria.web', { req, back, name: layout.webName });
    case 'queue':
      return t('stage.aria.queue', { req, ...queue });
    case 'worker': {
      const thread = r.tid !== null ? t('stage.aria.thread', { tid: r.tid }) : '';
      return t('stage.aria.worker', { req, back, pid: r.pid ?? '?', thread });
    }
    case 'wsgi':
      return t('stage.aria.wsgi', { req, back, name: layout.wsgiName });
    case 'middleware': {
      const layer = layout.layers.find((l) => l.index === r.layer)?.kind ?? String(r.layer);
      return t('stage.aria.middleware', { req, back, layer });
    }
    case 'app':
      return t('stage.aria.app', { req, back, app: layout.appName });
  }
}
