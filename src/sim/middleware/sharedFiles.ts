import type { StaticFile } from '../types';
import { SIM_EPOCH_MS } from '../http/date';

const DAY = 86_400_000;

/** The folder the static-files layer exports, keyed by path below its prefix. */
export const SHARED_FILES: Record<string, StaticFile> = {
  '/app.css': {
    contentType: 'text/css; charset=utf-8',
    body: 'body { font-family: system-ui, sans-serif; margin: 2rem; }\nh1 { color: #2b5797; }\n',
    mtime: SIM_EPOCH_MS - 3 * DAY,
  },
  '/app.js': {
    contentType: 'text/javascript; charset=utf-8',
    body: "document.querySelector('h1').textContent += ' (scripted)';\n",
    mtime: SIM_EPOCH_MS - 2 * DAY,
  },
  '/logo.svg': {
    // Werkzeug adds a charset to text/* and to +xml types.
    contentType: 'image/svg+xml; charset=utf-8',
    body: '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="7" fill="#2b5797"/></svg>\n',
    mtime: SIM_EPOCH_MS - 10 * DAY,
  },
};

/** A small deterministic checksum (Adler-32) of a name, as Werkzeug puts one in its ETags. */
export function adler32(text: string): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    a = (a + text.charCodeAt(i)) % 65521;
    b = (b + a) % 65521;
  }
  return (b * 65536 + a) >>> 0;
}
