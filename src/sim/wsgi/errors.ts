/** Python-like exceptions, so traces read `ZeroDivisionError: division by zero`. */
export class PyError extends Error {
  constructor(
    readonly pyName: string,
    message: string,
  ) {
    super(message);
    this.name = pyName;
  }
}

export function assertionError(message: string): PyError {
  return new PyError('AssertionError', message);
}

/** `Name: message`, for any thrown value. */
export function describeError(e: unknown): string {
  if (e instanceof PyError) return `${e.pyName}: ${e.message}`;
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return `Exception: ${String(e)}`;
}
