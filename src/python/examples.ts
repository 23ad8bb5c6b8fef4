/**
 * The examples for the editor's menu, in menu order: the first is the default
 * (and the one the scene's script was recorded with). Sources load on demand.
 */
import type { Lang } from '../content/names';

export interface PythonExample {
  id: 'latinator' | 'router' | 'timing' | 'streaming' | 'broken';
  name: Record<Lang, string>;
  load(): Promise<string>;
}

const raw = (m: { default: string }) => m.default;

export const PYTHON_EXAMPLES: readonly PythonExample[] = [
  {
    id: 'latinator',
    name: { en: 'An app and the Latinator middleware', ko: '앱과 Latinator 미들웨어' },
    load: () => import('./examples/latinator.py?raw').then(raw),
  },
  {
    id: 'router',
    name: { en: 'A small router', ko: '작은 라우터' },
    load: () => import('./examples/router.py?raw').then(raw),
  },
  {
    id: 'timing',
    name: { en: 'A timing middleware', ko: '시간을 재는 미들웨어' },
    load: () => import('./examples/timing.py?raw').then(raw),
  },
  {
    id: 'streaming',
    name: { en: 'A streaming app', ko: '스트리밍 앱' },
    load: () => import('./examples/streaming.py?raw').then(raw),
  },
  {
    id: 'broken',
    name: { en: 'A broken middleware', ko: '고장 난 미들웨어' },
    load: () => import('./examples/broken.py?raw').then(raw),
  },
];
