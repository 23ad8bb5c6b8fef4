/** Turns a fetch() Response into what the Response region shows. */

export interface ShownResponse {
  statusLine: string;
  headers: [string, string][];
  body:
    | { kind: 'empty' }
    | { kind: 'text'; text: string; json: boolean }
    | { kind: 'binary'; bytes: number; hex: string };
  /** Bytes on the wire when the body was gzip-encoded (and decoded here). */
  gzipBytes: number | null;
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function hexPreview(bytes: Uint8Array, max = 48): string {
  const parts: string[] = [];
  for (let i = 0; i < Math.min(bytes.length, max); i++)
    parts.push(bytes[i].toString(16).padStart(2, '0'));
  return parts.join(' ') + (bytes.length > max ? ' …' : '');
}

function looksTextual(contentType: string): boolean {
  return /^text\/|json|xml|javascript|x-www-form-urlencoded|svg/i.test(contentType);
}

export function describeBody(bytes: Uint8Array, contentType: string): ShownResponse['body'] {
  if (bytes.length === 0) return { kind: 'empty' };
  const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gz) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      // eslint-disable-next-line no-control-regex
      if (looksTextual(contentType) || !/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
        if (/json/i.test(contentType)) {
          try {
            return { kind: 'text', text: JSON.stringify(JSON.parse(text), null, 2), json: true };
          } catch {
            /* not valid JSON after all: show it as it is */
          }
        }
        return { kind: 'text', text, json: false };
      }
    } catch {
      /* not UTF-8: binary */
    }
  }
  return { kind: 'binary', bytes: bytes.length, hex: hexPreview(bytes) };
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (typeof DecompressionStream === 'undefined') return null;
  try {
    const stream = new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

export async function showResponse(res: Response): Promise<ShownResponse> {
  const headers: [string, string][] = [];
  res.headers.forEach((value, name) => headers.push([name, value]));
  let bytes: Uint8Array = new Uint8Array(await res.arrayBuffer());
  let gzipBytes: number | null = null;
  const encoding = res.headers.get('content-encoding') ?? '';
  if (/gzip/i.test(encoding) && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    // A mocked response reaches the page still encoded; decode it to show the text.
    const plain = await gunzip(bytes);
    if (plain) {
      gzipBytes = bytes.length;
      bytes = plain;
    }
  } else if (/gzip/i.test(encoding)) {
    gzipBytes = Number(res.headers.get('content-length') ?? bytes.length);
  }
  const reason = res.statusText || REASONS[res.status] || '';
  return {
    statusLine: `HTTP/1.1 ${res.status}${reason ? ` ${reason}` : ''}`,
    headers,
    body: describeBody(bytes, res.headers.get('content-type') ?? ''),
    gzipBytes,
  };
}
