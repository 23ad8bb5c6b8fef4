import { utf8 } from '../http/bytes';

/** `wsgi.input`: a read-only byte stream that ends at Content-Length. */
export class WsgiInput {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** `read(size=-1)`: up to `size` bytes, everything left when omitted. */
  read(size = -1): Uint8Array {
    const end = size < 0 ? this.bytes.length : Math.min(this.bytes.length, this.at + size);
    const out = this.bytes.subarray(this.at, end);
    this.at = end;
    return out;
  }

  readline(): Uint8Array {
    const nl = this.bytes.indexOf(10, this.at);
    return this.read(nl < 0 ? -1 : nl + 1 - this.at);
  }

  get length(): number {
    return this.bytes.length;
  }

  toString(): string {
    return `<wsgi.input: ${this.bytes.length} bytes>`;
  }
}

/** `wsgi.errors`: a text stream the server sends to its error log. */
export class WsgiErrors {
  readonly lines: string[] = [];

  write(text: string): void {
    this.lines.push(text);
  }

  flush(): void {}

  toString(): string {
    return '<wsgi.errors: the error log>';
  }
}

export function inputBytes(text: string): WsgiInput {
  return new WsgiInput(utf8(text));
}

/**
 * A server object the app may use but the simulation does not model
 * (gunicorn.socket, wsgi.file_wrapper): shown as `<name>` in a snapshot.
 */
export class ServerObject {
  constructor(private readonly name: string) {}

  toString(): string {
    return `<${this.name}>`;
  }
}
