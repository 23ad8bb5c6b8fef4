// Deterministic hostile query strings for the robustness tests (shared by the
// Node unit test of the parsers and the browser test of the pages).

/** mulberry32: a small seeded PRNG, so every run tries the same strings. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Markup that would show up in the DOM (or run) if a value were echoed as HTML. */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1" id="injected-img">',
  "'><svg onload=window.__pwned=1 id=injected-svg>",
  '<b id="injected-b">bold</b>',
  'javascript:window.__pwned=1',
  '</title><script>window.__pwned=1</script>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
];

const KEYS = [
  'scene',
  'step',
  'lang',
  'theme',
  'speed',
  'from',
  'to',
  'autoplay',
  'controls',
  'id',
  'x',
  '',
  '__proto__',
  'constructor',
  'scene[]',
  'SCENE',
  'step ',
  '%73cene',
];
const SCENES = [
  'static',
  'wsgi',
  'middleware',
  'threads',
  'event-loop',
  'big-picture',
  'nope',
  'load-lab',
];
const WEIRD = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '-5',
  '-0',
  '0',
  '1e309',
  '9'.repeat(40),
  '1e3',
  '0x10',
  '2.5',
  '.5',
  '4x',
  '',
  ' ',
  '%00',
  '%',
  '%zz',
  '\u0000',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '한국어',
  'ko-KR',
  'KO',
  'dark',
  'light',
  '\u202e',
  '\u{1F600}',
  'ℌ𝔢𝔩𝔩𝔬',
  'a'.repeat(3000),
];

/** `count` query strings (each starting with `?`), the same for the same seed. */
export function hostileQueries(seed, count) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const value = () => {
    const roll = r();
    if (roll < 0.3) return pick(PAYLOADS);
    if (roll < 0.55) return pick(WEIRD);
    if (roll < 0.7) return pick(SCENES);
    if (roll < 0.85) return String(Math.floor((r() - 0.5) * 2 ** (r() * 60)));
    return Array.from({ length: 1 + Math.floor(r() * 12) }, () =>
      String.fromCodePoint(Math.floor(r() * 0x2fff)),
    ).join('');
  };
  const out = [];
  for (let i = 0; i < count; i++) {
    const pairs = Array.from({ length: 1 + Math.floor(r() * 6) }, () => [pick(KEYS), value()]);
    // Half encoded properly, half raw (browsers and parsers must cope with both).
    const raw = r() < 0.5;
    const text = pairs
      .map(([k, v]) => (raw ? `${k}=${v}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`))
      .join(r() < 0.9 ? '&' : ';');
    out.push(`?${text}`);
  }
  return out;
}
