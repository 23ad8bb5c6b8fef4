import { fromUtf8, latin1 } from '../http/bytes';
import { parseQuery } from './base';

export interface FormData {
  fields: Record<string, string>;
  files: { field: string; filename: string; bytes: number; contentType: string }[];
}

/** Parse an urlencoded or multipart/form-data body (what Werkzeug's form parser does, in miniature). */
export function parseForm(contentType: string, body: Uint8Array): FormData {
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
    return { fields: parseQuery(latin1(body)), files: [] };
  }
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!/^multipart\/form-data/i.test(contentType) || !boundary) return { fields: {}, files: [] };
  // latin-1 keeps one char per byte, so lengths below are byte counts.
  const text = latin1(body);
  const out: FormData = { fields: {}, files: [] };
  for (const part of text.split(`--${boundary}`).slice(1)) {
    if (part.startsWith('--')) break;
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const data = part.slice(split + 4).replace(/\r\n$/, '');
    const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    if (filename !== undefined) {
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream';
      out.files.push({ field: name, filename, bytes: data.length, contentType: type });
    } else {
      out.fields[name] = fromUtf8(Uint8Array.from(data, (c) => c.charCodeAt(0)));
    }
  }
  return out;
}
