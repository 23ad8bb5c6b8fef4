import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  codeFromSearch,
  decodeCode,
  encodeCode,
  MAX_CODE_BYTES,
  MAX_PARAM_CHARS,
} from './codeParam';

const LATINATOR = `class Latinator:
    """Pig Latin, as in PEP 3333."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        return self.application(environ, start_response)
`;

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('encodeCode / decodeCode', () => {
  it.each([
    ['a WSGI middleware', LATINATOR],
    [
      'Korean text',
      "def app(environ, start_response):\n    return [b'안녕하세요, 파이썬']  # 한글 주석\n",
    ],
    ['emoji and astral characters', "body = '🐍 → 🚀 👩‍💻'\n𝔘 = 1\n"],
    ['tabs, CRLF and trailing spaces', 'if True:\r\n\tpass  \r\n'],
    ['an empty program', ''],
    ['a single character', 'x'],
  ])('round-trips %s', (_name, code) => {
    const param = encodeCode(code);
    expect(param).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(decodeCode(param)).toEqual({ ok: true, code });
  });

  it('survives URLSearchParams (no + / = to be mangled)', () => {
    const code = LATINATOR.repeat(20) + '한글 🐍';
    const url = new URL('https://example.test/index.html?scene=python');
    url.searchParams.set('code', encodeCode(code));
    expect(codeFromSearch(url.search)).toEqual({ ok: true, code });
  });

  it('compresses: the PEP example fits in far fewer characters than it has', () => {
    const code = LATINATOR.repeat(4);
    expect(encodeCode(code).length).toBeLessThan(code.length / 2);
  });

  it('returns null when the query has no code', () => {
    expect(codeFromSearch('?scene=python&lang=ko')).toBeNull();
  });
});

describe('decodeCode refuses hostile or broken input without throwing', () => {
  it.each([
    ['not base64url', 'abc$%^'],
    ['standard base64 characters', 'ab+/cd=='],
    ['an impossible length', 'abcde'],
    ['base64 that is not DEFLATE', 'SGVsbG8sIHdvcmxkIQ'],
    ['a truncated stream', encodeCode(LATINATOR).slice(0, 20)],
    ['the empty string', ''],
    ['a script tag', '<script>alert(1)</script>'],
  ])('%s → corrupt', (_name, param) => {
    expect(decodeCode(param)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('DEFLATE of bytes that are not UTF-8 → corrupt', () => {
    const param = b64url(deflateSync(new Uint8Array([0x66, 0xff, 0xfe, 0x80])));
    expect(decodeCode(param)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('a value longer than the limit → too-long (before any decoding)', () => {
    expect(decodeCode('A'.repeat(MAX_PARAM_CHARS + 1))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('a small value that inflates past the limit (a zip bomb) → too-long', () => {
    const bomb = b64url(deflateSync(new Uint8Array(MAX_CODE_BYTES * 20)));
    expect(bomb.length).toBeLessThan(MAX_PARAM_CHARS);
    expect(decodeCode(bomb)).toEqual({ ok: false, problem: 'too-long' });
  });

  it('a program at the size limit still decodes', () => {
    const code = 'x = 1\n'.repeat(Math.floor(MAX_CODE_BYTES / 6));
    const param = encodeCode(code);
    expect(param.length).toBeLessThanOrEqual(MAX_PARAM_CHARS);
    expect(decodeCode(param)).toEqual({ ok: true, code });
  });

  it('a bad value through the query string is a problem, not an exception', () => {
    expect(codeFromSearch('?code=%E0%A4%A')).toEqual({ ok: false, problem: 'corrupt' });
  });
});
