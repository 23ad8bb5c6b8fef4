/** The Python panel's test harness: a fake host, two examples, and ways to drive the editor. */
import { EditorView } from '@codemirror/view';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { CodeError } from '../../python/contract';
import { FakeHost } from './fakeHost';
import { PythonPanel, type PythonExample, type PythonPanelProps } from './PythonPanel';

export const HELLO =
  "def app(environ, start_response):\n    start_response('200 OK', [])\n    return [b'hi']\n";
export const ROUTER = 'def app(environ, start_response):\n    pass\n';
export const EXAMPLES: PythonExample[] = [
  { id: 'hello', name: { en: 'Hello app', ko: '인사하는 앱' }, load: () => Promise.resolve(HELLO) },
  { id: 'router', name: { en: 'A router', ko: '라우터' }, load: () => Promise.resolve(ROUTER) },
];

export const SYNTAX: CodeError = {
  kind: 'syntax',
  pythonType: 'SyntaxError',
  message: "'(' was never closed",
  line: 2,
};

export const LEAD = '.py-error-lead';

function Harness(
  props: Partial<PythonPanelProps> & {
    host: PythonPanelProps['host'];
    initial?: string;
    changes: string[];
  },
) {
  const [code, setCode] = useState(props.initial ?? HELLO);
  return (
    <PythonPanel
      examples={EXAMPLES}
      lang="en"
      {...props}
      code={code}
      onCodeChange={(c) => {
        props.changes.push(c);
        setCode(c);
      }}
    />
  );
}

/** The panel with a fake host, its code kept in state; `changes`: each code it reported, in order. */
export function setup(
  props: Partial<PythonPanelProps> & { initial?: string } = {},
  host = new FakeHost(),
) {
  const changes: string[] = [];
  const utils = render(<Harness host={host} changes={changes} {...props} />);
  return { host, changes, ...utils };
}

export const view = () =>
  EditorView.findFromDOM(document.querySelector('.cm-editor') as HTMLElement)!;
/** The text the editor shows (its lines in the DOM). */
export const editorText = () =>
  [...document.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n');
export const runButton = (name = 'Run') => screen.getByRole('button', { name });
export const choose = async (menu: HTMLSelectElement, value: string) => {
  await act(async () => {
    fireEvent.change(menu, { target: { value } });
  });
};
export const clickRun = async (name = 'Run') => {
  await act(async () => {
    fireEvent.click(runButton(name));
  });
};
