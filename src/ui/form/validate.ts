/**
 * Checks the request form before anything is sent. Pure: returns either the
 * request to send or, per field, an i18n key and its values (the UI words
 * the message; user input is only ever shown as text).
 */
import type { UiKey } from '../i18n/ui';

export const DEMO_ORIGIN = 'https://demo.test';
export const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS'] as const;

export interface FormInput {
  method: string;
  url: string;
  headers: string;
  body: string;
}

export interface FieldError {
  key: UiKey;
  vars?: Record<string, string | number>;
}

export type FormErrors = Partial<Record<keyof FormInput, FieldError>>;

export interface ValidRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: string | undefined;
}

export type Validation = { ok: true; request: ValidRequest } | { ok: false; errors: FormErrors };

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** Request headers a page may not set (the Fetch standard's forbidden request-header names). */
const FORBIDDEN = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

function forbidden(name: string): boolean {
  const n = name.toLowerCase();
  return FORBIDDEN.has(n) || n.startsWith('proxy-') || n.startsWith('sec-');
}

export function resolveUrl(raw: string): { url: string } | { error: FieldError } {
  const text = raw.trim();
  if (!text || /\s/.test(text) || CONTROL.test(text)) return { error: { key: 'form.err.url' } };
  let u: URL;
  try {
    u = text.startsWith('/') && !text.startsWith('//') ? new URL(text, DEMO_ORIGIN) : new URL(text);
  } catch {
    return { error: { key: 'form.err.url' } };
  }
  if (u.origin !== DEMO_ORIGIN || u.username || u.password)
    return { error: { key: 'form.err.origin' } };
  return { url: u.href };
}

export function parseHeaderLines(
  text: string,
): { headers: [string, string][] } | { error: FieldError } {
  const headers: [string, string][] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const n = i + 1;
    const colon = line.indexOf(':');
    if (colon < 0) return { error: { key: 'form.err.colon', vars: { n } } };
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (!TOKEN.test(name))
      return { error: { key: 'form.err.name', vars: { n, name: name.slice(0, 40) } } };
    if (CONTROL.test(value)) return { error: { key: 'form.err.value', vars: { n } } };
    if (forbidden(name)) return { error: { key: 'form.err.forbidden', vars: { n, name } } };
    headers.push([name, value]);
  }
  return { headers };
}

export function validateForm(input: FormInput): Validation {
  const errors: FormErrors = {};
  const method = input.method.trim().toUpperCase();
  if (!TOKEN.test(method)) errors.method = { key: 'form.err.method' };

  const url = resolveUrl(input.url);
  if ('error' in url) errors.url = url.error;

  const headers = parseHeaderLines(input.headers);
  if ('error' in headers) errors.headers = headers.error;

  if ((method === 'GET' || method === 'HEAD') && input.body.length > 0) {
    errors.body = { key: 'form.err.bodyOnGet', vars: { method } };
  }

  if (Object.keys(errors).length > 0 || 'error' in url || 'error' in headers)
    return { ok: false, errors };
  return {
    ok: true,
    request: {
      method,
      url: url.url,
      headers: headers.headers,
      body: input.body.length > 0 ? input.body : undefined,
    },
  };
}
