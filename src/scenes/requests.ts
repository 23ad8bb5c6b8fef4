/** Small helpers the scenes' scripts share. */
import type { HeaderList, ScriptedRequest } from '../sim/types';

export const get = (
  at: number,
  path: string,
  more: Partial<ScriptedRequest> = {},
): ScriptedRequest => ({ at, method: 'GET', path, ...more });

/** One GET per path, `gap` ms apart from `start`. */
export const every = (start: number, gap: number, paths: string[]) =>
  paths.map((p, i) => get(start + i * gap, p));

export const gzip: HeaderList = [
  ['Host', 'demo.test'],
  ['Accept-Encoding', 'gzip'],
];

/** Apache in front of its own children: the HTTP layer runs inside the process that accepted. */
export const apache = { name: 'Apache httpd', mode: 'embedded' as const };
/** The Flask-like demo app has /slow (I/O), /cpu (CPU), /block (a blocking call), /boom (raises). */
export const flask = { app: 'flask' as const };
