/**
 * Korean particles after generated words (numbers, pids, paths, names).
 * es-hangul's `josa` picks 이/가, 을/를, (으)로… from a Hangul word's final
 * consonant, but it reads digits and Latin letters as if they had none
 * (`josa('6016', '이/가')` gives `6016가`). So the word is first turned into
 * how a Korean reader says it: numbers in Sino-Korean (6016 → 육천십육,
 * 0.5 → 영점오), a few Latin words from a table; then `josa.pick` decides.
 *
 * For any other Latin word or a path, restructure the sentence so the
 * particle follows a Korean noun ("GET /slow 요청을"). If one slips through,
 * both forms are written (`(이)가`), which the Korean narration test rejects.
 */
import { josa, numberToHangul } from 'es-hangul';

export type Particle = '이/가' | '을/를' | '은/는' | '와/과' | '으로/로';

/** How a few Latin words are read (only the last syllable matters). */
const LATIN: Record<string, string> = {
  GIL: '길',
  HTTP: '에이치티티피',
  HTTPS: '에이치티티피에스',
  TLS: '티엘에스',
  WSGI: '위스키',
  XSLT: '엑스에스엘티',
  XML: '엑스엠엘',
  HTML: '에이치티엠엘',
  JSON: '제이슨',
  gzip: '지집',
  ms: '밀리초',
  OK: '오케이',
};

/** The Hangul reading of a word, or null when it cannot be known. */
export function readingOf(word: string): string | null {
  const w = word.trim();
  const digits = /(\d+(?:\.\d+)?)$/.exec(w);
  if (digits) {
    const n = digits[1];
    // A decimal is read digit by digit after the point: 0.5 → 영점오.
    if (n.includes('.')) return numberToHangul(Number(n[n.length - 1])) || '영';
    return numberToHangul(Number(n)) || '영';
  }
  if (/[\uac00-\ud7a3]$/.test(w)) return w;
  const latin = /([A-Za-z]+)$/.exec(w);
  if (latin && LATIN[latin[1]]) return LATIN[latin[1]];
  return null;
}

/** `word` followed by the form of `particle` that agrees with how the word is read. */
export function withJosa(word: string | number, particle: Particle): string {
  const text = String(word);
  const reading = readingOf(text);
  if (reading === null) {
    const [a, b] = particle.split('/');
    return `${text}(${a.replace(b, '')})${b}`;
  }
  return text + josa.pick(reading, particle);
}

/** Ordinals as Koreans write them: 첫 번째, 두 번째, … 열 번째, 열한 번째. */
export function ordinal(n: number): string {
  const native = ['', '첫', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉'];
  if (n >= 1 && n <= 9) return `${native[n]} 번째`;
  if (n === 10) return '열 번째';
  if (n > 10 && n < 20) return `열${n === 11 ? '한' : native[n - 10]} 번째`;
  return `${n}번째`;
}
