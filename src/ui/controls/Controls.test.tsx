// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplainerProvider } from '../../store/context';
import { createExplainerStore } from '../../store/explainerStore';
import { fixtureTrace } from '../narrate.fixture';
import { createSession } from '../../session/session';
import { Widget } from '../Widget';
import { Controls } from './Controls';

afterEach(cleanup);

function setup(lang: 'en' | 'ko' = 'en') {
  const store = createExplainerStore({ scene: 'wsgi', events: fixtureTrace(), lang });
  render(
    <ExplainerProvider store={store}>
      <Controls />
    </ExplainerProvider>,
  );
  return store;
}

const timeline = () => screen.getByRole('slider', { name: 'Timeline' }) as HTMLInputElement;

describe('Controls', () => {
  it('has the named buttons, slider and speed select', () => {
    setup();
    for (const name of ['Play', 'Step back', 'Step forward', 'Restart'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(timeline().type).toBe('range');
    const speed = screen.getByRole('combobox', { name: 'Speed' }) as HTMLSelectElement;
    const values = [...speed.options].map((o) => Number(o.value));
    expect(Math.min(...values)).toBe(0.25);
    expect(Math.max(...values)).toBe(4);
  });

  it('step forward and back move the Timeline value', () => {
    setup();
    expect(timeline().value).toBe('-1');
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(timeline().value).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(timeline().value).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(timeline().value).toBe('-1');
  });

  it('the play button becomes Pause while playing', () => {
    const store = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
  });

  it('scrubbing the slider seeks, and the speed select sets the speed', () => {
    const store = setup();
    fireEvent.change(timeline(), { target: { value: '7' } });
    expect(store.getState().step).toBe(7);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '2' } });
    expect(store.getState().speed).toBe(2);
  });

  it('a range of beats (an embed’s from/to) bounds the count, the slider and the step buttons', () => {
    const events = fixtureTrace();
    const beats = events.map((_, i) => ({ end: i })).filter((b) => b.end % 2 === 1);
    const store = createExplainerStore({
      scene: 'wsgi',
      events,
      lang: 'en',
      range: { from: 2, to: 4 },
    });
    store.getState().setScene('wsgi', events, beats[1].end, null, beats);
    render(
      <ExplainerProvider store={store}>
        <Controls />
      </ExplainerProvider>,
    );
    const count = () => document.querySelector('.controls-position')?.textContent;
    expect(count()).toBe('1 / 3');
    expect([timeline().min, timeline().max]).toEqual(['2', '4']);
    const forward = screen.getByRole('button', { name: 'Step forward' });
    act(() => store.getState().seekBeat(4));
    expect(count()).toBe('3 / 3');
    expect(forward.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(forward);
    expect(store.getState().step).toBe(beats[3].end);
    // Play at the range's end starts again at its first beat, and stops at its last.
    act(() => store.getState().play());
    expect(store.getState().step).toBe(beats[1].end);
    act(() => {
      while (store.getState().tick());
    });
    expect(store.getState().step).toBe(beats[3].end);
    expect(count()).toBe('3 / 3');
  });

  it('names follow the UI language', () => {
    setup('ko');
    for (const name of ['재생', '이전 단계', '다음 단계', '처음으로'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('slider', { name: '타임라인' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '속도' })).toBeTruthy();
  });
});

describe('Widget keyboard', () => {
  function widget() {
    const session = createSession({ scene: 'wsgi', lang: 'en' });
    const store = session.store;
    store.getState().setScene('wsgi', fixtureTrace());
    const { container } = render(
      <Widget session={session} label="Explainer">
        <input aria-label="Note" />
      </Widget>,
    );
    return { store, root: container.querySelector('.widget') as HTMLElement };
  }

  it('arrows, Home, End and Space work while the widget has focus', () => {
    const { store, root } = widget();
    expect(root.tabIndex).toBe(0);
    root.focus();
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(timeline().value).toBe('1');
    fireEvent.keyDown(root, { key: 'ArrowLeft' });
    expect(timeline().value).toBe('0');
    fireEvent.keyDown(root, { key: 'End' });
    expect(store.getState().step).toBe(fixtureTrace().length - 1);
    fireEvent.keyDown(root, { key: 'Home' });
    expect(store.getState().step).toBe(-1);
    act(() => {
      fireEvent.keyDown(root, { key: ' ' });
    });
    expect(store.getState().playing).toBe(true);
    fireEvent.keyDown(root, { key: ' ' });
    expect(store.getState().playing).toBe(false);
  });

  it('leaves keys alone in a text field and outside the widget', () => {
    const { store } = widget();
    const note = screen.getByRole('textbox', { name: 'Note' });
    fireEvent.keyDown(note, { key: 'ArrowRight' });
    fireEvent.keyDown(note, { key: ' ' });
    expect(store.getState().step).toBe(-1);
    expect(store.getState().playing).toBe(false);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(store.getState().step).toBe(-1);
  });

  it('sets the theme and language on its root', () => {
    const { store, root } = widget();
    expect(root.getAttribute('lang')).toBe('en');
    act(() => {
      store.getState().setTheme('dark');
      store.getState().setLang('ko');
    });
    expect(root.dataset.theme).toBe('dark');
    expect(root.getAttribute('lang')).toBe('ko');
  });
});
