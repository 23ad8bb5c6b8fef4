/**
 * One Korean term per concept (issue 13): the Korean lessons (content/ko) and
 * the Korean UI strings (src/ui/i18n) must not use a variant the team rejected.
 *
 * The list is plain data on purpose, so it can move into the shared glossary
 * module later. Code spans, fenced code, URLs, HTML comments (step anchors)
 * and the frontmatter's `scene`/`lang` keys are not prose and are not checked:
 * `prefork` or `backlog` in backticks stays code.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLessonFiles } from './readFiles';
import { ko as uiKo } from '../ui/i18n/ui';
import { ko as labKo } from '../ui/i18n/lab';
import { ko as mwKo } from '../ui/i18n/middleware';
import { ko as shareKo } from '../ui/i18n/share';
import { stageStrings } from '../ui/i18n/stage';
import { SCENES, sceneInfo } from '../ui/i18n/scenes';

interface Rule {
  /** The chosen spelling. */
  use: string;
  /** What must not appear in Korean prose. */
  reject: RegExp;
}

/** The team's choices: one term per concept. */
const KOREAN_TERMS: readonly Rule[] = [
  { use: '스레드', reject: /쓰레드/ },
  { use: '리슨 큐', reject: /accept\s*큐|accept\s*대기열|대기\s*큐|listen\s*큐|accept queue/i },
  { use: '거부', reject: /거절/ },
  { use: '프리포크', reject: /prefork/i },
  { use: '아비터', reject: /arbiter/i },
  { use: '단일 스레드', reject: /싱글\s*스레드/ },
  { use: '레이어', reject: /층/ },
  { use: '강의', reject: /레슨/ },
  { use: '원글', reject: /원문/ },
  { use: '청크', reject: /조각/ },
  { use: '백로그', reject: /backlog/i },
  {
    use: '숫자와 단위 사이 한 칸 (5 ms, 50 KiB, 2 s)',
    reject: /\d(?:ms|s|µs|KiB|MiB|GiB|KB|MB|GB)(?![A-Za-z])/,
  },
  { use: '연결마다 fork (fork 장면의 제목)', reject: /요청마다 fork(?!하)|연결마다 프로세스 하나/ },
];

/** Wordings issue 13 replaced; they must not come back. */
const KOREAN_WORDING: readonly Rule[] = [
  { use: '이 단계의 상태', reject: /이 단계에서 참인 것/ },
  { use: '클라이언트가 gzip을 받아들이면(Accept-Encoding)', reject: /gzip을 받으면/ },
  { use: '한꺼번에 몰린 연결', reject: /폭주/ },
  { use: '본문을 보내기 전에 난 예외', reject: /앞단에서 난 예외/ },
  { use: '넣어서는 안 됩니다', reject: /헤더를 보낼 수 없습니다/ },
  { use: 'HTTP로 통신하고', reject: /HTTP[^.]{0,20}로 말하/ },
  { use: '파이썬 코드가 돌기도 전에', reject: /파이썬이 등장하기 전/ },
  { use: '먼저 제한을', reject: /한도부터/ },
  { use: '이 해설', reject: /설명서/ },
  { use: '대기 한 번만큼의 시간에', reject: /한 번에 해당하는 시간/ },
  { use: '스택이 하나씩 필요합니다', reject: /하나씩이 듭니다/ },
  { use: '실행 대기열에 오를 뿐', reject: /일정에만 오를/ },
  { use: '요청을 넘겨 주기', reject: /먹여 주/ },
  { use: '네트워크 구간(홉)', reject: /네트워크 이동/ },
  { use: '버그가 터집니다', reject: /버그를 밟/ },
  { use: 'TLS 종료도 여기서 합니다', reject: /TLS도 여기서 끝납니다/ },
  { use: 'X-Forwarded-* 같은 전달용 헤더', reject: /이런 전달용 헤더/ },
  { use: '첫 번째, 청크 {n}, {n}번 줄 (not “1번째”)', reject: /(?<!\d)[01]번째/ },
];

interface Line {
  where: string;
  text: string;
}

/** Blanks what is not Korean prose, keeping line numbers. */
function proseOf(markdown: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return markdown
    .replace(/^```[\s\S]*?^```/gm, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/https?:\/\/\S+/g, blank)
    .replace(/^(scene|lang):.*$/gm, blank)
    .replace(/[*_]/g, '');
}

const root = resolve(import.meta.dirname, '../..');
const lessons = readLessonFiles(root).filter((f) => f.path.startsWith('content/ko/'));

/** `{name}` placeholders are filled at run time: check them as a number (`{t}ms` is `0ms`). */
function dictLines(file: string, dict: Record<string, string>): Line[] {
  return Object.entries(dict).map(([key, text]) => ({
    where: `${file} ${key}`,
    text: text.replace(/\{\w+\}/g, '0'),
  }));
}

const lines: Line[] = [
  ...lessons.flatMap((f) =>
    proseOf(f.text)
      .split('\n')
      .map((text, i) => ({ where: `${f.path}:${i + 1}`, text })),
  ),
  ...dictLines('src/ui/i18n/ui.ts', uiKo),
  ...dictLines('src/ui/i18n/lab.ts', labKo),
  ...dictLines('src/ui/i18n/middleware.ts', mwKo),
  ...dictLines('src/ui/i18n/share.ts', shareKo),
  ...dictLines('src/ui/i18n/stage.ts', stageStrings.ko),
  ...SCENES.flatMap((s) => [
    { where: `src/scenes/${s.id} title`, text: s.title.ko },
    { where: `src/scenes/${s.id} blurb`, text: s.blurb.ko },
  ]),
];

function hits(rule: Rule): string[] {
  return lines.filter((l) => rule.reject.test(l.text)).map((l) => `${l.where}: ${l.text.trim()}`);
}

describe('Korean terms (content/ko, src/ui/i18n)', () => {
  it('reads the Korean lessons and strings', () => {
    expect(lessons.length).toBeGreaterThan(0);
    expect(lines.length).toBeGreaterThan(lessons.length);
  });

  it.each(KOREAN_TERMS.map((r) => [r.use, r] as const))('uses %s, not a variant', (_, rule) => {
    expect(hits(rule)).toEqual([]);
  });

  it.each(KOREAN_WORDING.map((r) => [r.use, r] as const))('says “%s”', (_, rule) => {
    expect(hits(rule)).toEqual([]);
  });

  it('gives the fork scene one title: 연결마다 fork', () => {
    const fork = lessons.find((f) => f.path === 'content/ko/fork.md');
    expect(fork?.text).toMatch(/^title: 연결마다 fork$/m);
    expect(sceneInfo('fork').title.ko).toBe('연결마다 fork');
  });

  it('does not check code, URLs or anchors', () => {
    const prose = proseOf(
      '<!-- step: listener.enqueue -->\n`backlog` 인자, `--workers`: https://x.test/prefork\n',
    );
    for (const rule of KOREAN_TERMS) expect(rule.reject.test(prose), rule.use).toBe(false);
    expect(proseOf('prefork 워커').includes('prefork')).toBe(true);
  });
});
