import { describe, expect, it } from 'vitest';
import { parseHeaderLines, resolveUrl, validateForm } from './validate';

const base = { method: 'GET', url: 'https://demo.test/environ', headers: '', body: '' };

describe('validateForm', () => {
  it('accepts a good request and resolves relative paths against https://demo.test', () => {
    const v = validateForm({
      ...base,
      url: '/hello/ada?x=1',
      headers: 'Accept: text/plain\nX-Trace:  abc ',
    });
    expect(v).toEqual({
      ok: true,
      request: {
        method: 'GET',
        url: 'https://demo.test/hello/ada?x=1',
        headers: [
          ['Accept', 'text/plain'],
          ['X-Trace', 'abc'],
        ],
        body: undefined,
      },
    });
  });

  it('rejects other origins and non-URLs', () => {
    expect(resolveUrl('https://example.com/')).toEqual({ error: { key: 'form.err.origin' } });
    expect(resolveUrl('http://demo.test/')).toEqual({ error: { key: 'form.err.origin' } });
    expect(resolveUrl('//evil.test/x')).toEqual({ error: { key: 'form.err.url' } }); // never protocol-relative
    expect(resolveUrl('https://user:pw@demo.test/')).toEqual({ error: { key: 'form.err.origin' } });
    expect(resolveUrl('not a url')).toEqual({ error: { key: 'form.err.url' } });
    expect(resolveUrl('')).toEqual({ error: { key: 'form.err.url' } });
  });

  it('names the header line that is wrong', () => {
    expect(parseHeaderLines('Accept: x\nno colon here')).toEqual({
      error: { key: 'form.err.colon', vars: { n: 2 } },
    });
    expect(parseHeaderLines('Bad Name: x')).toEqual({
      error: { key: 'form.err.name', vars: { n: 1, name: 'Bad Name' } },
    });
    expect(parseHeaderLines('X-A: a\u0001b')).toEqual({
      error: { key: 'form.err.value', vars: { n: 1 } },
    });
    expect(parseHeaderLines('Host: other.test')).toEqual({
      error: { key: 'form.err.forbidden', vars: { n: 1, name: 'Host' } },
    });
    expect(parseHeaderLines('\n\nX-Ok: 1\n')).toEqual({ headers: [['X-Ok', '1']] });
  });

  it('refuses a body on GET and HEAD but not on POST', () => {
    const get = validateForm({ ...base, body: 'x=1' });
    expect(get.ok).toBe(false);
    if (!get.ok)
      expect(get.errors.body).toEqual({ key: 'form.err.bodyOnGet', vars: { method: 'GET' } });
    expect(validateForm({ ...base, method: 'HEAD', body: 'x' }).ok).toBe(false);
    expect(validateForm({ ...base, method: 'POST', body: 'x=1' }).ok).toBe(true);
  });

  it('reports every bad field at once', () => {
    const v = validateForm({ method: 'G E T', url: 'ftp://x', headers: 'oops', body: '' });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(Object.keys(v.errors).sort()).toEqual(['headers', 'method', 'url']);
  });
});
