// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplainerProvider } from '../../store/context';
import { createExplainerStore } from '../../store/explainerStore';
import { fixtureTrace } from '../narrate.fixture';
import { Narration } from './Narration';
import { Panels } from './Panels';
import { startScenario } from '../../sim/simulator';
import { scenes } from '../../scenes';

afterEach(cleanup);

function setup(lang: 'en' | 'ko' = 'en') {
  const events = fixtureTrace();
  const store = createExplainerStore({ scene: 'middleware', events, lang });
  render(
    <ExplainerProvider store={store}>
      <Narration />
      <Panels />
    </ExplainerProvider>,
  );
  const at = (type: string) => events.findIndex((e) => e.type === type);
  const seek = (i: number) => act(() => store.getState().seek(i));
  return { store, at, seek };
}

function highlighted(): string[] {
  return [...document.querySelectorAll('.panel-environ tr[data-changed] th')].map(
    (th) => th.textContent ?? '',
  );
}

describe('environ panel', () => {
  it('highlights exactly the keys the current step added or changed', () => {
    const { at, seek } = setup();
    seek(at('wsgi.environ'));
    expect(highlighted().sort()).toEqual([
      'PATH_INFO',
      'REQUEST_METHOD',
      'SCRIPT_NAME',
      'wsgi.version',
    ]);

    seek(at('middleware.enter'));
    expect(highlighted().sort()).toEqual(['PATH_INFO', 'SCRIPT_NAME']);
    const row = screen.getByRole('rowheader', { name: 'SCRIPT_NAME' }).closest('tr')!;
    expect(within(row).getByRole('cell').textContent).toContain("'/hello'");

    seek(at('app.enter'));
    expect(highlighted()).toEqual([]);
  });

  it('lists keys sorted and shows values as Python literals', () => {
    const { at, seek } = setup();
    seek(at('wsgi.environ'));
    const keys = [...document.querySelectorAll('.panel-environ th[scope="row"]')].map(
      (th) => th.textContent,
    );
    expect(keys).toEqual([...keys].sort());
    expect(
      screen.getByRole('rowheader', { name: 'wsgi.version' }).closest('tr')!.textContent,
    ).toContain('(1, 0)');
  });
});

describe('status, body, code and narration', () => {
  it('shows the status as stored before the first chunk and sent after', () => {
    const { at, seek } = setup();
    seek(at('wsgi.start_response'));
    expect(screen.getByText('stored, not sent yet')).toBeTruthy();
    seek(at('wsgi.chunk'));
    expect(screen.getByText('sent')).toBeTruthy();
    expect(screen.getByText('Hello, ada!')).toBeTruthy();
    expect(screen.getAllByText(/11 bytes/).length).toBeGreaterThan(0);
  });

  it("marks the running line of the scene's own listing", () => {
    const { at, seek } = setup();
    seek(at('wsgi.call'));
    const current = document.querySelectorAll('.panel-code [aria-current="true"]');
    expect(current.length).toBe(1);
    expect(current[0].textContent).toContain('serve(conn, app)');
    expect(screen.getByText(/Running line \d+/)).toBeTruthy();
    // The listing is a focusable region named by its caption.
    const pre = screen.getByLabelText('WSGI middleware: the onion');
    expect(pre.getAttribute('tabindex')).toBe('0');
    seek(at('middleware.enter'));
    expect(document.querySelector('.panel-code-current')?.textContent).toContain(
      'rewrite(environ)',
    );
    seek(at('client.send'));
    expect(document.querySelector('.panel-code-current')).toBeNull();
    expect(screen.getByText('No Python runs at this step')).toBeTruthy();
  });

  it('shows nginx, not Python, in the static scene', () => {
    cleanup();
    const world = startScenario(scenes.static.scenario);
    const events = world.trace.events;
    const store = createExplainerStore({ scene: 'static', events, lang: 'en' });
    render(
      <ExplainerProvider store={store}>
        <Panels />
      </ExplainerProvider>,
    );
    act(() => store.getState().seek(events.findIndex((e) => e.type === 'web.static')));
    const code = document.querySelector('.panel-code-listing')!.textContent!;
    expect(code).toContain('try_files');
    expect(code).not.toMatch(/start_response|while True/);
    expect(document.querySelector('.panel-code-current')?.textContent).toContain('try_files');
  });

  it('says when Python runs in code the listing leaves out (a live request in the static scene)', () => {
    cleanup();
    const world = startScenario(scenes.static.scenario);
    const live = world.handle({
      method: 'GET',
      url: 'https://demo.test/environ',
      headers: [['Host', 'demo.test']],
      body: new Uint8Array(0),
    });
    const events = [...world.trace.events, ...live.events];
    const store = createExplainerStore({ scene: 'static', events, lang: 'en' });
    render(
      <ExplainerProvider store={store}>
        <Panels />
      </ExplainerProvider>,
    );
    act(() => store.getState().seek(events.findIndex((e) => e.type === 'proxy.forward')));
    expect(document.querySelector('.panel-code-current')?.textContent).toContain('proxy_pass');
    act(() => store.getState().seek(events.findIndex((e) => e.type === 'wsgi.call')));
    expect(document.querySelector('.panel-code-current')).toBeNull();
    expect(screen.getByText('Python runs here, in code this listing leaves out')).toBeTruthy();
  });

  it('narrates in a polite live region named Narration (해설 in Korean)', () => {
    const { at, seek } = setup();
    seek(at('listener.accept'));
    const region = screen.getByLabelText('Narration');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toContain('accept()');
    cleanup();
    setup('ko');
    expect(screen.getByLabelText('해설').getAttribute('aria-live')).toBe('polite');
  });
});
