/** Byte helpers shared by the protocol layer (no Buffer: this runs in the browser too). */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Python's `bytes.decode('latin-1')`: one char per byte. */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A short printable preview of a body chunk for the trace. */
export function preview(bytes: Uint8Array, max = 80): string {
  const head = bytes.subarray(0, max);
  let text = '';
  for (const b of head) {
    text += b === 10 ? '\\n' : b >= 32 && b < 127 ? String.fromCharCode(b) : '·';
  }
  return bytes.length > max ? `${text}…` : text;
}

/** Percent-decode to raw bytes (`%C3%A9` → 0xC3 0xA9), as a WSGI server does with the path. */
export function percentDecodeBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 37 && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch < 128) {
      out.push(ch);
    } else {
      for (const b of utf8(text[i])) out.push(b);
    }
  }
  return Uint8Array.from(out);
}

export function byteLength(text: string): number {
  return utf8(text).length;
}
