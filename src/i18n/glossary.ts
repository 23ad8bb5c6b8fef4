/**
 * One word per concept, shared by the UI strings, the narration and the
 * lessons. `avoid` lists the spellings the team decided against; the
 * glossary test (glossary.test.ts) fails when Korean text uses one of them.
 */
export interface Term {
  en: string;
  ko: string;
  /** Rejected Korean variants: a pattern and why, for the test's message. */
  avoid: { pattern: RegExp; why: string }[];
}

export const GLOSSARY = {
  thread: {
    en: 'thread',
    ko: '스레드',
    avoid: [{ pattern: /쓰레드/, why: '스레드 (not 쓰레드)' }],
  },
  listenQueue: {
    en: 'listen queue',
    ko: '리슨 큐',
    avoid: [
      { pattern: /대기 ?큐/, why: 'the listen queue is 리슨 큐' },
      { pattern: /accept ?큐/i, why: 'the listen queue is 리슨 큐' },
      { pattern: /accept ?대기열/i, why: 'the listen queue is 리슨 큐' },
    ],
  },
  refused: {
    en: 'refused',
    ko: '거부',
    avoid: [{ pattern: /거절/, why: 'refused is 거부' }],
  },
  prefork: {
    en: 'prefork',
    ko: '프리포크',
    // Inside `code` (a gunicorn flag, a file name) the Latin spelling stays.
    avoid: [{ pattern: /prefork/i, why: 'prefork in Korean prose is 프리포크' }],
  },
  arbiter: {
    en: 'arbiter',
    ko: '아비터',
    avoid: [
      { pattern: /arbiter/i, why: 'arbiter in Korean prose is 아비터' },
      { pattern: /아비트(?!러)|아비터ー|중재자/, why: 'arbiter is 아비터' },
    ],
  },
  singleThreaded: {
    en: 'single-threaded',
    ko: '단일 스레드',
    avoid: [{ pattern: /싱글 ?스레드|싱글 ?쓰레드/, why: 'single-threaded is 단일 스레드' }],
  },
  layer: {
    en: 'layer',
    ko: '레이어',
    avoid: [
      { pattern: /계층/, why: 'layer is 레이어' },
      // 층 alone as a noun ("아래 층", "1번째 층"), not inside other words (중층, 층위 are not used).
      {
        pattern: /(^|[\s(])층([\s).,이을은의에으과]|$)|번째 층|아래 ?층|위 ?층/,
        why: 'layer is 레이어',
      },
    ],
  },
  lesson: {
    en: 'lesson',
    ko: '강의',
    avoid: [{ pattern: /레슨/, why: 'lesson is 강의' }],
  },
  originalPost: {
    en: 'the original post',
    ko: '원글',
    avoid: [{ pattern: /원문/, why: 'the original post is 원글' }],
  },
  chunk: {
    en: 'chunk',
    ko: '청크',
    avoid: [{ pattern: /조각/, why: 'chunk is 청크' }],
  },
  backlog: {
    en: 'backlog',
    ko: '백로그',
    avoid: [{ pattern: /backlog/i, why: 'backlog in Korean prose is 백로그' }],
  },
  unitSpacing: {
    en: '5 ms',
    ko: '5 ms',
    avoid: [
      {
        pattern: /\d(ms|µs|s|KiB|MiB|KB|MB|GB)\b/,
        why: 'a unit follows its number after a space: 5 ms',
      },
    ],
  },
  /** The fork scene's title (and the fork model's label on the stage), checked by the glossary test. */
  forkScene: {
    en: 'Fork per connection',
    ko: '연결마다 fork',
    avoid: [],
  },
} satisfies Record<string, Term>;

export type TermId = keyof typeof GLOSSARY;

/** The word for a concept in a language. */
export function term(id: TermId, lang: 'en' | 'ko'): string {
  return GLOSSARY[id][lang];
}

/**
 * Rejected spellings in a piece of Korean text. Code (backtick spans,
 * fenced blocks) is left out: a flag like `--backlog` or a class like
 * `Arbiter` is not prose.
 */
export function glossaryFaults(text: string): string[] {
  const prose = text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\{\w+\}/g, ' ') // a UI string's placeholder ({backlog}) is a name, not prose
    .replace(/\]\([^)]*\)|https?:\/\/\S+/g, ' '); // link targets
  const faults: string[] = [];
  for (const t of Object.values(GLOSSARY) as Term[]) {
    for (const { pattern, why } of t.avoid) {
      const m = pattern.exec(prose);
      if (m)
        faults.push(
          `"${prose.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15).trim()}": ${why}`,
        );
    }
  }
  return faults;
}
