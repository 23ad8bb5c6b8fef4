// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLesson } from '../../content/load';
import { resolveAnchors } from '../../content/resolve';
import { ExplainerProvider } from '../../store/context';
import { lessonBeats } from '../../store/beats';
import { createExplainerStore } from '../../store/explainerStore';
import { runScenario, scenarios } from '../../sim/index';
import { LessonView } from './LessonView';

afterEach(cleanup);

describe('LessonView', () => {
  it('renders the lesson, marks post notes, and seeks when a step is clicked', async () => {
    const events = runScenario(scenarios.wsgi).events;
    const lesson = await loadLesson('wsgi', 'en');
    const anchors = resolveAnchors(lesson, events);
    const store = createExplainerStore({ scene: 'wsgi', events, lang: 'en' });
    store.getState().setScene('wsgi', events, -1, null, lessonBeats(anchors, events.length));
    render(
      <ExplainerProvider store={store}>
        <LessonView />
      </ExplainerProvider>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: lesson.title })).toBeTruthy();
    expect(screen.getByText(lesson.summary)).toBeTruthy();
    const hasPost = lesson.steps.some((s) => s.blocks.some((b) => b.kind === 'post'));
    expect(hasPost).toBe(true); // the wsgi lesson corrects the post
    expect(
      screen.getAllByRole('complementary', { name: 'What the post says / what is true' }).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Go to step 3' }));
    expect(store.getState().step).toBe(anchors[2]);
    const current = document.querySelector('[aria-current="step"]');
    expect(current?.querySelector('button')?.getAttribute('aria-label')).toBe('Go to step 3');

    act(() => store.getState().seek(-1));
    expect(document.querySelector('.lesson-steps [aria-current="step"]')).toBeNull();
    // Markup in lessons stays text: nothing but our own elements exist.
    expect(document.querySelector('.lesson script, .lesson img, .lesson iframe')).toBeNull();
  });
});
