/** The five lanes of the lab, as site configurations the engine runs. */
import { strategyOf } from '../sim/dispatch';
import { siteWith } from '../sim/scenarios/site';
import type { SiteConfig } from '../sim/types';
import type { LaneId, LaneSizes, LaneSpec } from './types';

/** 4 cores; gunicorn's (2 × cores) + 1 sync workers; 2 × 8 threads; one loop per core. */
export const defaultSizes: Required<Omit<LaneSizes, 'backlog'>> & Pick<LaneSizes, 'backlog'> = {
  workers: 9,
  processes: 2,
  threads: 8,
  loopWorkers: 4,
  cores: 4,
};

export const LANE_LABELS: Record<LaneId, string> = {
  fork: 'fork per connection (CGI-like)',
  prefork: 'prefork, no proxy',
  threads: 'threads (GIL)',
  event: 'event loop (gevent-like)',
  proxy: 'nginx (buffering) + prefork',
};

/** Apache's ListenBacklog default. */
const EMBEDDED_BACKLOG = 511;
/** gunicorn's backlog default. */
const GUNICORN_BACKLOG = 2048;

export function defaultLanes(sizes: LaneSizes = defaultSizes): LaneSpec[] {
  const cores = Math.max(1, sizes.cores ?? defaultSizes.cores);
  const workers = Math.max(1, sizes.workers);
  const embeddedBacklog = sizes.backlog ?? EMBEDDED_BACKLOG;
  // The HTTP layer lives in the worker (no proxy): slow clients hold the worker.
  // Apache's LimitRequestBody defaults to 1 GiB (2.4.53+), gunicorn has none: no 413 here.
  const embedded = (name: string) => ({
    name,
    mode: 'embedded' as const,
    limits: { maxBodyBytes: 1024 ** 3, maxUriBytes: 8 * 1024, maxHeaderBytes: 8 * 1024 },
  });
  const base = (
    web: Parameters<typeof siteWith>[0]['web'],
    dispatch: Parameters<typeof siteWith>[0]['dispatch'],
    backlog: number,
  ): SiteConfig =>
    siteWith({
      cores,
      listener: { backlog },
      web,
      dispatch,
      wsgi: { server: 'gunicorn', middleware: [], app: 'flask' },
    });
  return [
    {
      id: 'fork',
      site: base(
        embedded('Apache httpd'),
        { model: 'fork', processes: 1, threads: 1, timeoutMs: 0 },
        embeddedBacklog,
      ),
    },
    {
      id: 'prefork',
      site: base(
        embedded('gunicorn'),
        { model: 'prefork', processes: workers, threads: 1, timeoutMs: 30_000 },
        embeddedBacklog,
      ),
    },
    {
      id: 'threads',
      site: base(
        embedded('gunicorn'),
        {
          model: 'threads',
          processes: Math.max(1, sizes.processes),
          threads: Math.max(1, sizes.threads),
          timeoutMs: 30_000,
        },
        embeddedBacklog,
      ),
    },
    {
      id: 'event',
      site: base(
        embedded('gunicorn'),
        {
          model: 'event',
          processes: Math.max(1, sizes.loopWorkers),
          threads: 1,
          connectionsPerWorker: 1000,
          timeoutMs: 30_000,
        },
        embeddedBacklog,
      ),
    },
    // nginx's defaults: proxy, buffering on, client_max_body_size 1 MiB, proxy_read_timeout 60 s.
    {
      id: 'proxy',
      site: base(
        {},
        { model: 'prefork', processes: workers, threads: 1, timeoutMs: 30_000 },
        sizes.backlog ?? GUNICORN_BACKLOG,
      ),
    },
  ];
}

/** Requests one worker process can hold at once. */
export function workerCapacity(site: SiteConfig): number {
  return strategyOf(site.dispatch.model).capacity(site.dispatch);
}
