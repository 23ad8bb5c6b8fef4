/**
 * The learner's Python kept in the URL (`?code=…`), so a link carries it:
 * UTF-8 → raw DEFLATE (fflate) → base64url without padding. Decoding never
 * throws: a link is input from anyone, so a value that is too long, not
 * base64url, not DEFLATE, not UTF-8 or too big once inflated is refused with
 * a reason the page can show (and the default example stays).
 */
import { deflateSync, inflateSync } from 'fflate';

export const CODE_PARAM = 'code';

/** Longest `code=` value accepted (characters); URLs past ~16 K get cut by some servers and chats. */
export const MAX_PARAM_CHARS = 12_000;
/** Largest program accepted once inflated (bytes of UTF-8). */
export const MAX_CODE_BYTES = 64 * 1024;

export type CodeParamProblem = 'too-long' | 'corrupt';

export type DecodedCode = { ok: true; code: string } | { ok: false; problem: CodeParamProblem };

const encoder = new TextEncoder();

export function encodeCode(code: string): string {
  return toBase64Url(deflateSync(encoder.encode(code), { level: 9 }));
}

export function decodeCode(param: string): DecodedCode {
  if (param.length > MAX_PARAM_CHARS) return { ok: false, problem: 'too-long' };
  const bytes = fromBase64Url(param);
  if (!bytes || bytes.length === 0) return { ok: false, problem: 'corrupt' };
  let raw: Uint8Array;
  try {
    raw = inflateSync(bytes);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (raw.length > MAX_CODE_BYTES) return { ok: false, problem: 'too-long' };
  try {
    return { ok: true, code: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}

/** The code from a query string (`?scene=python&code=…`); null when there is no `code`. */
export function codeFromSearch(search: string): DecodedCode | null {
  const value = new URLSearchParams(search).get(CODE_PARAM);
  return value === null ? null : decodeCode(value);
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  // A length of 1 mod 4 is never produced by base64 (and atob would reject it anyway).
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}
