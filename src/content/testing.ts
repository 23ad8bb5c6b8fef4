/** Test helpers: tiny fake traces and lesson files. Not imported by app code. */
import type { TraceEvent } from '../sim/types';

/** A fake trace from `[type, rid]` pairs; only `type`, `rid` and `seq` matter to anchors. */
export function fakeTrace(spec: [string, number | null][]): TraceEvent[] {
  return spec.map(
    ([type, rid], seq) => ({ seq, t: seq, rid, type, actor: 'test' }) as unknown as TraceEvent,
  );
}

export function lessonText(opts: { scene?: string; lang?: string; body: string }): string {
  return [
    '---',
    `scene: ${opts.scene ?? 'wsgi'}`,
    `lang: ${opts.lang ?? 'en'}`,
    'title: A title',
    'summary: A summary.',
    '---',
    '',
    opts.body,
  ].join('\n');
}
