import type { HeaderList } from '../types';

/** First value of a header, case-insensitive. */
export function getHeader(headers: HeaderList, name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

export function hasHeader(headers: HeaderList, name: string): boolean {
  return getHeader(headers, name) !== undefined;
}

export function withoutHeader(headers: HeaderList, name: string): HeaderList {
  const lower = name.toLowerCase();
  return headers.filter(([n]) => n.toLowerCase() !== lower);
}

/** Replace every occurrence of a header with one value. */
export function setHeader(headers: HeaderList, name: string, value: string): HeaderList {
  return [...withoutHeader(headers, name), [name, value]];
}

/** RFC 9110 token characters (method names, header names). */
export const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Header values may hold visible characters, spaces and tabs; no other control characters. */
export function isValidHeaderValue(value: string): boolean {
  return !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value);
}

/** Does `path` fall under `prefix` on a whole-segment boundary? */
export function underPrefix(path: string, prefix: string): boolean {
  if (prefix.endsWith('/')) return path.startsWith(prefix) || path === prefix.slice(0, -1);
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Does an If-None-Match value match this ETag (weak comparison, `*`, lists)? */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}
