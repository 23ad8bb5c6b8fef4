/**
 * Checks for generated Korean text, used by the narration tests. Written
 * apart from the particle helper (src/i18n/particle.ts) on purpose: its own
 * digit reading and word table, so the test does not grade the helper with
 * the helper.
 *
 * What counts as code (never prose, never checked):
 * - a span in backticks or in “curly quotes”;
 * - a status line: a status code and its capitalised reason phrase
 *   (`413 Request Entity Too Large`), which is data, not prose;
 * - a token (split on spaces) that, once one trailing `.`, `,`, `;`, `!`
 *   or `?` is dropped, still holds a digit or one of `/ . _ ( ) = : < > [ ]
 *   { } * @ # " '` (paths, `start_response()`, `HTTP_*`, `wsgi.input`,
 *   `key=value`, `127.0.0.1:8000`).
 * A Latin word is any other token made only of Latin letters and `-`.
 */

const CODE_SPAN = /`[^`]*`|“[^”]*”|\b[1-5]\d\d(?: [A-Z][A-Za-z-]*)+/g;
const CODE_CHARS = /[0-9/._()=:<>[\]{}*@#"']/;
const LATIN_WORD = /^[A-Za-z][A-Za-z-]*$/;

/** Latin runs of `min` or more words in a row outside code (English prose pasted into Korean). */
export function latinRuns(text: string, min = 4): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= min) runs.push(run.join(' '));
    run = [];
  };
  for (const raw of text.replace(CODE_SPAN, ' § ').split(/\s+/)) {
    if (!raw) continue;
    const token = raw.replace(/[.,;!?]$/, '');
    if (LATIN_WORD.test(token) && !CODE_CHARS.test(token)) {
      run.push(token);
      // A sentence end closes the run: "GET. Then" is not one phrase.
      if (token !== raw) flush();
    } else flush();
  }
  flush();
  return runs;
}

// ------------------------------------------------------------------ particles

/** Does the spoken word end in a final consonant, and is that consonant ㄹ? */
interface Ending {
  batchim: boolean;
  rieul: boolean;
}

const SINO_DIGIT: Record<string, Ending> = {
  '0': { batchim: true, rieul: false }, // 영
  '1': { batchim: true, rieul: true }, // 일
  '2': { batchim: false, rieul: false }, // 이
  '3': { batchim: true, rieul: false }, // 삼
  '4': { batchim: false, rieul: false }, // 사
  '5': { batchim: false, rieul: false }, // 오
  '6': { batchim: true, rieul: false }, // 육
  '7': { batchim: true, rieul: true }, // 칠
  '8': { batchim: true, rieul: true }, // 팔
  '9': { batchim: false, rieul: false }, // 구
};

/** 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ), 십만, 백만, 천만, 억 (ㄱ): all end in a consonant, none in ㄹ. */
const PLACE: Ending = { batchim: true, rieul: false };

/** How a number written in digits ends when read in Sino-Korean (6016 → …육, 200 → 이백, 0.5 → 영점오). */
export function numberEnding(digits: string): Ending {
  if (digits.includes('.')) return SINO_DIGIT[digits[digits.length - 1]];
  const n = digits.replace(/^0+(?=\d)/, '');
  const last = n[n.length - 1];
  if (n === '0' || last !== '0') return SINO_DIGIT[last];
  return PLACE;
}

function hangulEnding(syllable: string): Ending {
  const code = syllable.charCodeAt(0) - 0xac00;
  const final = code % 28;
  return { batchim: final !== 0, rieul: final === 8 };
}

/**
 * Latin words that appear before a particle in the narration, with how they
 * are read aloud (only the last syllable matters). Upper-case abbreviations
 * not listed here are read letter by letter (`HTTP` → …피).
 */
const LATIN_READING: Record<string, string> = {
  get: '겟',
  post: '포스트',
  head: '헤드',
  put: '풋',
  delete: '딜리트',
  options: '옵션스',
  ok: '오케이',
  found: '파운드',
  gil: '길',
  wsgi: '위스키',
  pep: '펩',
  gzip: '지집',
  ms: '밀리초',
  app: '앱',
  flask: '플라스크',
  django: '장고',
  echo: '에코',
  xml: '엑스엠엘',
  html: '에이치티엠엘',
  json: '제이슨',
  environ: '엔바이런',
  slow: '슬로',
  boom: '붐',
  admin: '어드민',
  stream: '스트림',
  upload: '업로드',
  hello: '헬로',
  cpu: '씨피유',
  block: '블록',
  nginx: '엔진엑스',
  gunicorn: '구니콘',
  proxyfix: '프록시픽스',
  python: '파이썬',
  fork: '포크',
  accept: '억셉트',
  close: '클로즈',
  write: '라이트',
  start_response: '스타트 리스폰스',
  unauthorized: '언오소라이즈드',
  error: '에러',
  request: '리퀘스트',
  response: '리스폰스',
  date: '데이트',
  vary: '베리',
  etag: '이태그',
  exc_info: '익셉션 인포',
};

const LETTER: Record<string, string> = {
  A: '에이',
  B: '비',
  C: '씨',
  D: '디',
  E: '이',
  F: '에프',
  G: '지',
  H: '에이치',
  I: '아이',
  J: '제이',
  K: '케이',
  L: '엘',
  M: '엠',
  N: '엔',
  O: '오',
  P: '피',
  Q: '큐',
  R: '알',
  S: '에스',
  T: '티',
  U: '유',
  V: '브이',
  W: '더블유',
  X: '엑스',
  Y: '와이',
  Z: '지',
};

/** The reading's last syllable for a Latin word, or null when the word is unknown. */
export function latinEnding(word: string): Ending | null {
  const known = LATIN_READING[word.toLowerCase()];
  if (known) return hangulEnding(known[known.length - 1]);
  if (/^[A-Z]{2,6}$/.test(word)) {
    const reading = LETTER[word[word.length - 1]];
    return hangulEnding(reading[reading.length - 1]);
  }
  return null;
}

/**
 * Hangul words that end in a syllable a particle could be but is not
 * (가 in 평가, 이 in 사이): never checked as word + particle.
 */
const NOT_A_PARTICLE = new Set([
  '사이',
  '아이',
  '가까이',
  '새로이',
  '일일이',
  '평가',
  '증가',
  '참가',
  '작가',
  '사과',
  '효과',
  '마을',
  '가을',
  '오이',
  '차이',
  '높이',
  '깊이',
  '길이',
  '넓이',
  '같이',
  '많이',
  '없이',
  '굳이',
  '모은',
  '이은',
  '지은',
  '나은',
  '부은',
  '그은',
  '누군가',
  '무언가',
  '언젠가',
  '어딘가',
  '뭔가',
  '부과',
  '교과',
]);

type Pair = [withBatchim: string, without: string];
const PAIRS: Pair[] = [
  ['이', '가'],
  ['을', '를'],
  ['은', '는'],
  ['과', '와'],
  ['으로', '로'],
];

export interface ParticleError {
  word: string;
  particle: string;
  expected: string;
  context: string;
}

/** The particle a word ending like `end` takes from `pair`. */
function agree(end: Ending, [withB, without]: Pair): string {
  if (withB === '으로') return end.batchim && !end.rieul ? '으로' : '로';
  return end.batchim ? withB : without;
}

// word (Latin, digits or Hangul), closing marks, then a particle and a boundary.
const ATTACHED =
  /([A-Za-z_]+|[0-9][0-9.]*|[\uac00-\ud7a3]+?)([`”’")\]]*)(으로|로|이|가|을|를|은|는|와|과)(?=[\s.,:;!?)…]|$)/g;

/**
 * Particles that do not agree with the word before them, for words whose
 * reading is known: a number, a Hangul word, a known Latin word. A pair
 * written out for the reader to choose, such as `(으)로` or `을(를)`, is an
 * error too: it is what a fixed template does when it cannot know the word.
 */
export function particleErrors(text: string): ParticleError[] {
  const errors: ParticleError[] = [];
  for (const m of text.matchAll(/\((으|이|을|를|은|는|와|과)\)(로|가|를|을|는|은|과|와)?/g)) {
    errors.push({
      word: '',
      particle: m[0],
      expected: '(one form)',
      context: around(text, m.index),
    });
  }
  for (const m of text.matchAll(ATTACHED)) {
    const [, word, closing, particle] = m;
    const hangul = /^[\uac00-\ud7a3]/.test(word);
    if (hangul && (closing || NOT_A_PARTICLE.has(word + particle))) continue;
    const end = /^[0-9]/.test(word)
      ? numberEnding(word)
      : hangul
        ? hangulEnding(word[word.length - 1])
        : latinEnding(word);
    if (!end) continue;
    const pair = PAIRS.find((p) => p.includes(particle))!;
    // After a consonant, Hangul + 는 is a verb form (있는, 않는), not the particle.
    if (hangul && particle === '는' && end.batchim) continue;
    const expected = agree(end, pair);
    if (expected !== particle) {
      errors.push({ word, particle, expected, context: around(text, m.index) });
    }
  }
  return errors;
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 12), index + 24);
}
