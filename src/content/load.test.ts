import { describe, expect, it } from 'vitest';
import { inlineText } from './inline';
import type { SceneId } from '../sim/types';
import { hasLesson, lessonIndex, loadLesson } from './load';

// Every scene has its lessons now: a made-up scene stands for a missing one.
const MISSING = 'no-such-scene' as SceneId;

describe('loadLesson', () => {
  it('loads and parses a lesson from content/ through import.meta.glob', async () => {
    const lesson = await loadLesson('fork', 'ko');
    expect(lesson).toMatchObject({ scene: 'fork', lang: 'ko', file: 'content/ko/fork.md' });
    expect(lesson.steps.length).toBeGreaterThanOrEqual(5);
    expect(lesson.steps.some((s) => s.blocks.some((b) => b.kind === 'post'))).toBe(true);
    expect(inlineText(lesson.intro[0].inlines)).toContain('Apache');
  });

  it('knows which lessons exist', () => {
    expect(hasLesson('static', 'en')).toBe(true);
    expect(hasLesson('load-lab', 'ko')).toBe(true);
    expect(hasLesson(MISSING, 'ko')).toBe(false);
    expect(lessonIndex()).toContainEqual({ scene: 'event-loop', lang: 'en' });
  });

  it('rejects a lesson that does not exist, naming the file', async () => {
    await expect(loadLesson(MISSING, 'en')).rejects.toThrow(
      'content/en/no-such-scene.md: no such lesson',
    );
  });
});
