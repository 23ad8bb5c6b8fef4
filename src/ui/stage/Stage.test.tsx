// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplainerProvider } from '../../store/context';
import { createExplainerStore } from '../../store/explainerStore';
import { runScenario, scenarios } from '../../sim/index';
import type { SceneId, TraceEvent } from '../../sim/types';
import { DEAD_LINGER } from './placement';
import { fixtureEvents, indexOf } from './fixture';
import { Stage } from './Stage';

afterEach(cleanup);

function setup(events: TraceEvent[] = fixtureEvents, scene: SceneId = 'prefork') {
  // The fixture's own boxes, not the prefork scenario's site: pass an explicit scene whose site agrees.
  const store = createExplainerStore({ scene, events, lang: 'en' });
  const view = render(
    <ExplainerProvider store={store}>
      <Stage site={events === fixtureEvents ? fixtureSite : undefined} />
    </ExplainerProvider>,
  );
  const go = (step: number) => act(() => store.getState().seek(step));
  const figure = () => screen.getByRole('img');
  const box = (id: string) =>
    view.container.querySelector(`[data-box="${id}"]`) as HTMLElement | null;
  // A token is drawn over the stage, placed in the token area it names (data-in) inside its box.
  const boxOfToken = (rid: number) => {
    const area = view.container.querySelector(`[data-rid="${rid}"]`)?.getAttribute('data-in');
    if (!area) return null;
    return (
      view.container
        .querySelector(`[data-area="${area}"]`)
        ?.closest('[data-box]')
        ?.getAttribute('data-box') ?? null
    );
  };
  return { store, view, go, figure, box, boxOfToken };
}

const fixtureSite = {
  ...scenarios.prefork.site,
  listener: { port: 8000, backlog: 2 },
  dispatch: { ...scenarios.prefork.site.dispatch, model: 'prefork' as const, processes: 2 },
  wsgi: {
    server: 'gunicorn' as const,
    middleware: [{ kind: 'gzip' as const }],
    app: 'flask' as const,
  },
};

describe('Stage with a hand-written trace', () => {
  it('starts empty and says so', () => {
    const { figure } = setup();
    expect(figure().getAttribute('aria-label')).toMatch(/no request has been sent/);
  });

  it('moves the token box by box as the step changes', () => {
    const { go, boxOfToken } = setup();
    go(indexOf('client.send', 1));
    expect(boxOfToken(1)).toBe('clients');
    go(indexOf('proxy.forward', 1));
    expect(boxOfToken(1)).toBe('web');
    go(indexOf('listener.enqueue', 1));
    expect(boxOfToken(1)).toBe('queue');
    go(indexOf('thread.assign', 1));
    expect(boxOfToken(1)).toBe('thread:101:1');
    go(indexOf('wsgi.environ', 1));
    expect(boxOfToken(1)).toBe('wsgi');
    go(indexOf('middleware.enter', 1));
    expect(boxOfToken(1)).toBe('layer:0');
    go(indexOf('app.enter', 1));
    expect(boxOfToken(1)).toBe('app');
    go(indexOf('client.receive', 1));
    expect(boxOfToken(1)).toBe('done');
  });

  it('shows the queue length against the backlog and fills its slots', () => {
    const { go, box } = setup();
    go(indexOf('listener.enqueue', 2));
    const queue = box('queue')!;
    expect(queue.getAttribute('data-length')).toBe('2');
    expect(queue.textContent).toContain('2 of 2');
    expect(queue.querySelectorAll('.stage-slot.is-filled')).toHaveLength(2);
    go(indexOf('listener.accept', 1));
    expect(box('queue')!.textContent).toContain('1 of 2');
    expect(box('queue')!.querySelectorAll('.stage-slot.is-filled')).toHaveLength(1);
  });

  it('flashes the listener and describes a dropped SYN', () => {
    const { go, box, figure, boxOfToken, view: v } = setup();
    go(indexOf('listener.drop', 3));
    expect(box('listener')!.classList.contains('is-dropping')).toBe(true);
    expect(boxOfToken(3)).toBe('listener');
    expect(figure().getAttribute('aria-label')).toBe(
      'Request 3 GET /late: the listen queue is full (2 of 2); the kernel drops its SYN and the client sends it again later.',
    );
    go(indexOf('client.error', 3));
    expect(box('listener')!.classList.contains('is-dropping')).toBe(false);
    expect(boxOfToken(3)).toBe('done');
    expect(v.container.querySelector('[data-rid="3"]')!.className).toContain('stage-token--err');
  });

  it('shows processes as they spawn, then fades a dead one out after a while', () => {
    const { go, view: v } = setup();
    go(0);
    expect(v.container.querySelectorAll('[data-pid]')).toHaveLength(1);
    go(2);
    expect(v.container.querySelectorAll('[data-pid]')).toHaveLength(3);
    const exit = indexOf('process.exit');
    go(exit);
    const dead = v.container.querySelector('[data-pid="102"]')!;
    expect(dead.getAttribute('data-alive')).toBe('false');
    expect(dead.textContent).toContain('crashed');
    expect(v.container.querySelector('[data-pid="101"]')!.getAttribute('data-alive')).toBe('true');
    // Still there right after; the fixture ends before DEAD_LINGER events pass, so extend it.
    const later = [...fixtureEvents];
    for (let i = 0; i < DEAD_LINGER; i++)
      later.push({
        ...fixtureEvents[0],
        seq: later.length,
        t: 40 + i,
        type: 'process.spawn',
        pid: 200 + i,
      } as TraceEvent);
    cleanup();
    const again = setup(later);
    again.go(later.length - 1);
    expect(again.view.container.querySelector('[data-pid="102"]')).toBeNull();
  });

  it('puts the request of the current event in the aria-label, in the current language', () => {
    const { go, figure, store } = setup();
    go(indexOf('middleware.enter', 1));
    expect(figure().getAttribute('aria-label')).toBe(
      'Request 1 GET /hello/ada is in the middleware layer gzip.',
    );
    go(indexOf('middleware.exit', 1));
    expect(figure().getAttribute('aria-label')).toBe(
      'Request 1 GET /hello/ada is in the middleware layer gzip, on its way back.',
    );
    act(() => store.getState().setLang('ko'));
    expect(figure().getAttribute('aria-label')).toBe(
      '요청 1 GET /hello/ada의 응답: 미들웨어 레이어 gzip에 있습니다.',
    );
    expect(screen.getByText('리스닝 소켓')).toBeTruthy();
  });

  it('highlights the current token and the box holding it', () => {
    const { go, view: v, box } = setup();
    go(indexOf('listener.enqueue', 2));
    expect(v.container.querySelector('[data-rid="2"]')!.classList.contains('is-current')).toBe(
      true,
    );
    expect(v.container.querySelector('[data-rid="1"]')!.classList.contains('is-current')).toBe(
      false,
    );
    expect(box('listener')!.classList.contains('is-active')).toBe(true);
    expect(box('wsgi')!.classList.contains('is-active')).toBe(false);
  });
});

describe('Stage with real scenarios', () => {
  it('static: nginx answers alone, no processes or WSGI boxes', () => {
    const events = runScenario(scenarios.static).events;
    const { go, box } = setup(events, 'static');
    go(events.length - 1);
    // It only answers files here, so it is not called a reverse proxy.
    expect(box('web')!.querySelector('h3')!.textContent).toBe('Web server');
    expect(box('listener')).toBeNull();
    expect(box('dispatch')).toBeNull();
    expect(box('wsgi')).toBeNull();
  });

  it('middleware: the configured layers are drawn as an onion around the app', () => {
    const events = runScenario(scenarios.middleware).events;
    const { go, box, view: v } = setup(events, 'middleware');
    go(events.findIndex((e) => e.type === 'middleware.enter'));
    const kinds = [...v.container.querySelectorAll('.stage-layer')].map((el) =>
      el.getAttribute('data-kind'),
    );
    expect(kinds).toEqual(scenarios.middleware.site.wsgi.middleware.map((m) => m.kind));
    expect(box('layer:0')!.classList.contains('is-active')).toBe(true);
    expect(box('web')!.querySelector('h3')!.textContent).toBe('Reverse proxy');
    // The app sits inside the innermost layer.
    expect(box(`layer:${kinds.length - 1}`)!.querySelector('[data-box="app"]')).not.toBeNull();
  });

  it('threads: one GIL baton, in the process, set at the row of the thread holding it', () => {
    const events = runScenario(scenarios.threads).events;
    const { go, view: v } = setup(events, 'threads');
    const i = events.findIndex((e) => e.type === 'gil.acquire');
    const e = events[i] as Extract<TraceEvent, { type: 'gil.acquire' }>;
    go(i);
    const proc = v.container.querySelector(`[data-pid="${e.pid}"]`)!;
    const baton = proc.querySelector('.ideas-baton')!;
    expect(baton.getAttribute('data-gil')).toBe(String(e.tid));
    const row = proc.querySelector(`[data-tid="${e.tid}"]`)!;
    expect(row.getAttribute('data-state')).toBe('running');
    expect(v.container.querySelectorAll('.ideas-baton[data-gil]:not([data-gil=""])')).toHaveLength(
      1,
    );
  });
});
