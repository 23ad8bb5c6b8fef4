/** Plain words for the panel: a `CodeError` as a sentence, bytes as megabytes. */
import type { CodeError } from '../../python/contract';
import { pyText, type Lang } from './strings';

/** What went wrong, in a sentence a learner reads before the Python message. */
export function errorSentence(error: CodeError, lang: Lang): string {
  const line = error.line;
  switch (error.kind) {
    case 'syntax':
      return line !== null
        ? pyText(lang, 'py.err.syntax', { line })
        : pyText(lang, 'py.err.syntax.noline');
    case 'import':
      return line !== null
        ? pyText(lang, 'py.err.import', { line })
        : pyText(lang, 'py.err.import.noline');
    case 'app':
      return pyText(lang, 'py.err.app');
    case 'crash':
      return pyText(lang, 'py.err.crash');
  }
}

/** `SyntaxError: invalid syntax`, as Python prints it (`MemoryError` alone when there is no message). */
export function pythonLine(error: CodeError): string {
  if (!error.pythonType) return error.message;
  return error.message ? `${error.pythonType}: ${error.message}` : error.pythonType;
}

/** Megabytes with one decimal (1 MB = 10⁶ bytes, as download sizes are given). */
export function megabytes(bytes: number): string {
  return (Math.max(0, bytes) / 1e6).toFixed(1);
}
