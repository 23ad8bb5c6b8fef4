/** The scenes of the storyboard, in order, with their titles in both languages. */
import type { SceneId } from '../../sim/types';
import type { Lang } from '../../store/explainerStore';

export interface SceneInfo {
  id: SceneId;
  title: Record<Lang, string>;
  /** One line for the navigation's tooltip and the page description. */
  blurb: Record<Lang, string>;
}

export const SCENES: readonly SceneInfo[] = [
  {
    id: 'static',
    title: { en: 'Static files', ko: '정적 파일' },
    blurb: {
      en: 'The web server answers from its document root. No Python runs.',
      ko: '웹 서버가 문서 루트에서 바로 응답합니다. 파이썬은 돌지 않습니다.',
    },
  },
  {
    id: 'fork',
    title: { en: 'Fork per connection', ko: '연결마다 fork' },
    blurb: {
      en: 'Accept, fork a child, serve, exit: the CGI model.',
      ko: 'accept, 자식 fork, 응답, 종료: CGI 방식입니다.',
    },
  },
  {
    id: 'prefork',
    title: { en: 'Prefork', ko: '프리포크' },
    blurb: {
      en: 'A master and workers forked in advance share one socket.',
      ko: '마스터가 미리 fork한 워커들이 소켓 하나를 나눠 씁니다.',
    },
  },
  {
    id: 'process-vs-thread',
    title: { en: 'Processes and threads', ko: '프로세스와 스레드' },
    blurb: { en: 'Memory, copy-on-write, and the GIL.', ko: '메모리, copy-on-write, 그리고 GIL.' },
  },
  {
    id: 'threads',
    title: { en: 'Thread pool', ko: '스레드 풀' },
    blurb: {
      en: 'I/O overlaps; CPU-bound work takes turns on the GIL.',
      ko: 'I/O는 겹치고, CPU 작업은 GIL을 번갈아 잡습니다.',
    },
  },
  {
    id: 'event-loop',
    title: { en: 'Event loop', ko: '이벤트 루프' },
    blurb: {
      en: 'One thread juggles many connections; one blocking call stalls them all.',
      ko: '스레드 하나가 여러 연결을 돌보고, 블로킹 호출 하나가 모두를 멈춥니다.',
    },
  },
  {
    id: 'reverse-proxy',
    title: { en: 'Reverse proxy', ko: '리버스 프록시' },
    blurb: {
      en: 'nginx in front: static at the edge, dynamic to the WSGI server.',
      ko: '앞단의 nginx: 정적 파일은 바로, 동적 요청은 WSGI 서버로.',
    },
  },
  {
    id: 'wsgi',
    title: { en: 'WSGI in slow motion', ko: 'WSGI 느리게 보기' },
    blurb: {
      en: 'environ, start_response, the iterable, close().',
      ko: 'environ, start_response, 이터러블, close().',
    },
  },
  {
    id: 'middleware',
    title: { en: 'Middleware', ko: '미들웨어' },
    blurb: {
      en: 'An onion of layers, each an app above and a server below.',
      ko: '양파 같은 레이어: 위로는 앱, 아래로는 서버.',
    },
  },
  {
    id: 'container',
    title: { en: 'WSGI servers', ko: 'WSGI 서버' },
    blurb: {
      en: 'gunicorn, uWSGI and mod_wsgi are containers, not middleware.',
      ko: 'gunicorn, uWSGI, mod_wsgi는 미들웨어가 아니라 컨테이너입니다.',
    },
  },
  {
    id: 'framework',
    title: { en: 'Frameworks', ko: '프레임워크' },
    blurb: {
      en: 'A Flask-like app next to a Django-like one.',
      ko: 'Flask 같은 앱과 Django 같은 앱을 나란히.',
    },
  },
  {
    id: 'big-picture',
    title: { en: 'The big picture', ko: '전체 그림' },
    blurb: {
      en: 'The whole path in one run, under a small load.',
      ko: '전체 경로를 한 번에, 가벼운 부하와 함께.',
    },
  },
  {
    id: 'load-lab',
    title: { en: 'Load lab', ko: '부하 실험실' },
    blurb: {
      en: 'Fork, prefork, threads and an event loop side by side under the same load.',
      ko: 'fork, 프리포크, 스레드, 이벤트 루프를 같은 부하 아래 나란히.',
    },
  },
];

export const SCENE_IDS: readonly SceneId[] = SCENES.map((s) => s.id);

export function sceneInfo(id: SceneId): SceneInfo {
  return SCENES.find((s) => s.id === id) ?? SCENES[0];
}
