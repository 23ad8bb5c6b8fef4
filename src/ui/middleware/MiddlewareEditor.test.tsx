// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionProvider } from '../../session/context';
import { createSession, type Session } from '../../session/session';
import { runScenario, scenarios } from '../../sim/index';
import type { TraceEvent } from '../../sim/types';
import { positionOf } from '../../store/beats';
import type { ExplainerState } from '../../store/explainerStore';
import { MiddlewareEditor, StackNotice } from './MiddlewareEditor';

afterEach(cleanup);

let session: Session;
const sceneTrace = () => runScenario(scenarios.middleware).events;

function setup(step = 5) {
  session = createSession({ scene: 'middleware', step, lang: 'en' });
  render(
    <SessionProvider session={session}>
      <MiddlewareEditor />
      <StackNotice />
    </SessionProvider>,
  );
  return session.store;
}

/** The layers a live request to / enters, in order: what the session's world runs now. */
async function liveLayers(): Promise<string[]> {
  const before = session.store.getState().player.length;
  await session.send({
    method: 'GET',
    url: 'https://demo.test/',
    headers: [['Host', 'demo.test']],
    body: new Uint8Array(),
  });
  act(() => session.flush());
  const s = session.store.getState();
  return events(s)
    .slice(before)
    .flatMap((e) => (e.type === 'middleware.enter' ? [e.layer] : []));
}

function events(s: ExplainerState): TraceEvent[] {
  return Array.from({ length: s.player.length }, (_, i) => s.player.event(i));
}
const entered = (s: ExplainerState) =>
  events(s).flatMap((e) => (e.type === 'middleware.enter' && e.rid === 1 ? [e.layer] : []));
const layerNames = () =>
  [...document.querySelectorAll('.mw-layer')].map((li) => li.getAttribute('data-kind'));

describe('MiddlewareEditor', () => {
  it('lists the layers outermost first with named switches and move buttons', () => {
    setup();
    expect(layerNames()).toEqual(['auth', 'static', 'gzip', 'xslt', 'dispatcher']);
    const gzip = screen.getByRole('switch', { name: 'gzip layer' }) as HTMLInputElement;
    expect(gzip.checked).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Move auth outward' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Move auth inward' }) as HTMLButtonElement).disabled,
    ).toBe(false);
    expect(screen.getByText(/mounts apps by path prefix \(\/api, \/docs\)/)).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('switching gzip off re-runs the trace without gzip, and live requests go through the same stack', async () => {
    const store = setup();
    const before = events(store.getState());
    expect(before.some((e) => e.type === 'middleware.enter' && e.layer === 'gzip')).toBe(true);
    act(() => {
      fireEvent.click(screen.getByRole('switch', { name: 'gzip layer' }));
    });
    const s = store.getState();
    expect(s.version).toBeGreaterThan(0);
    expect(events(s).some((e) => e.type === 'middleware.enter' && e.layer === 'gzip')).toBe(false);
    expect(events(s).some((e) => e.type === 'middleware.enter' && e.layer === 'dispatcher')).toBe(
      true,
    );
    // The client that asked for gzip (request 2) gets the body uncompressed now.
    const sent = (evs: TraceEvent[]) =>
      evs.find((e) => e.type === 'wsgi.headers_sent' && e.rid === 2);
    const encoding = (e: TraceEvent | undefined) =>
      e?.type === 'wsgi.headers_sent'
        ? (e.headers.find(([k]) => k.toLowerCase() === 'content-encoding')?.[1] ?? null)
        : 'missing';
    expect(encoding(sent(before))).toBe('gzip');
    expect(encoding(sent(events(s)))).toBeNull();
    expect(positionOf(s.beats, s.step)).toBe(5); // the same beat, on the new trace
    expect(s.siteOverride?.wsgi.middleware.map((m) => m.kind)).toEqual([
      'auth',
      'static',
      'xslt',
      'dispatcher',
    ]);
    expect(await liveLayers()).toEqual(['auth', 'static', 'xslt', 'dispatcher']);
    expect((screen.getByRole('switch', { name: 'gzip layer' }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect(layerNames()).toEqual(['auth', 'static', 'gzip', 'xslt', 'dispatcher']);
    expect(screen.getByRole('note').textContent).toContain('You changed the stack');
  });

  it('moving auth inward changes the order of middleware.enter events', () => {
    const store = setup();
    expect(entered(store.getState())).toEqual(['auth', 'static', 'gzip', 'xslt', 'dispatcher']);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Move auth inward' }));
    });
    expect(entered(store.getState())).toEqual(['static', 'auth', 'gzip', 'xslt', 'dispatcher']);
    expect(layerNames()).toEqual(['static', 'auth', 'gzip', 'xslt', 'dispatcher']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move auth inward');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Move auth outward' }));
    });
    // Back to the scene's own order: the default trace, no edit left.
    expect(store.getState().siteOverride).toBeNull();
    expect(store.getState().player.length).toBe(sceneTrace().length);
    expect(entered(store.getState())).toEqual(['auth', 'static', 'gzip', 'xslt', 'dispatcher']);
  });

  it('without the dispatcher SCRIPT_NAME stays empty and PATH_INFO is the full path', () => {
    const store = setup();
    act(() => {
      fireEvent.click(screen.getByRole('switch', { name: 'dispatcher layer' }));
    });
    const changes = events(store.getState()).flatMap((e) =>
      e.type === 'middleware.enter' ? e.changes : [],
    );
    expect(changes.some((c) => c.key === 'SCRIPT_NAME')).toBe(false);
    const app = events(store.getState()).find((e) => e.type === 'app.enter' && e.rid === 1);
    expect(app && app.type === 'app.enter' ? app.app : null).toBe('echo');
  });

  it('Reset to default restores the scene, its trace and its server site', async () => {
    const store = setup();
    const original = sceneTrace();
    act(() => {
      fireEvent.click(screen.getByRole('switch', { name: 'xslt layer' }));
    });
    expect(store.getState().player.length).not.toBe(original.length);
    act(() => {
      fireEvent.click(screen.getAllByRole('button', { name: 'Reset to default' })[0]);
    });
    const s = store.getState();
    expect(s.siteOverride).toBeNull();
    expect(s.stack).toBeNull();
    expect(s.player.length).toBe(original.length);
    expect(positionOf(s.beats, s.step)).toBe(5); // the same beat, on the new trace
    expect(screen.queryByRole('note')).toBeNull();
    expect(await liveLayers()).toEqual(['auth', 'static', 'gzip', 'xslt', 'dispatcher']);
  });

  it('switching scene drops the edit and hides the editor', () => {
    const store = setup();
    act(() => {
      fireEvent.click(screen.getByRole('switch', { name: 'auth layer' }));
    });
    expect(store.getState().stack).not.toBeNull();
    act(() => session.setScene('wsgi'));
    expect(store.getState().stack).toBeNull();
    expect(store.getState().siteOverride).toBeNull();
    expect(document.querySelector('.mw-editor')).toBeNull();
  });
});
