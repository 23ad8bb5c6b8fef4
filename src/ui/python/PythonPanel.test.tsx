// @vitest-environment happy-dom
import { EditorView } from '@codemirror/view';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeError } from '../../python/contract';
import { FakeHost } from './fakeHost';
import { PythonPanel, type PythonExample, type PythonPanelProps } from './PythonPanel';

afterEach(cleanup);

const HELLO =
  "def app(environ, start_response):\n    start_response('200 OK', [])\n    return [b'hi']\n";
const ROUTER = 'def app(environ, start_response):\n    pass\n';
const EXAMPLES: PythonExample[] = [
  { id: 'hello', name: { en: 'Hello app', ko: '인사하는 앱' }, load: () => Promise.resolve(HELLO) },
  { id: 'router', name: { en: 'A router', ko: '라우터' }, load: () => Promise.resolve(ROUTER) },
];

const SYNTAX: CodeError = {
  kind: 'syntax',
  pythonType: 'SyntaxError',
  message: "'(' was never closed",
  line: 2,
};

let changes: string[] = [];
const LEAD = '.py-error-lead';

function Harness(
  props: Partial<PythonPanelProps> & { host: PythonPanelProps['host']; initial?: string },
) {
  const [code, setCode] = useState(props.initial ?? HELLO);
  return (
    <PythonPanel
      examples={EXAMPLES}
      lang="en"
      {...props}
      code={code}
      onCodeChange={(c) => {
        changes.push(c);
        setCode(c);
      }}
    />
  );
}

function setup(
  props: Partial<PythonPanelProps> & { initial?: string } = {},
  host = new FakeHost(),
) {
  changes = [];
  const utils = render(<Harness host={host} {...props} />);
  return { host, ...utils };
}

const view = () => EditorView.findFromDOM(document.querySelector('.cm-editor') as HTMLElement)!;
/** The text the editor shows (its lines in the DOM). */
const editorText = () =>
  [...document.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n');
const runButton = (name = 'Run') => screen.getByRole('button', { name });
const choose = async (menu: HTMLSelectElement, value: string) => {
  await act(async () => {
    fireEvent.change(menu, { target: { value } });
  });
};
const clickRun = async (name = 'Run') => {
  await act(async () => {
    fireEvent.click(runButton(name));
  });
};

describe('PythonPanel', () => {
  it('names its parts in English', () => {
    setup();
    expect(screen.getByRole('textbox', { name: 'Python code' })).toBeTruthy();
    expect(runButton()).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'wsgiref.validate' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Example' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Your code' })).toBeTruthy();
    expect(editorText()).toContain("return [b'hi']");
  });

  it('names its parts in Korean', () => {
    setup({ lang: 'ko' });
    expect(screen.getByRole('textbox', { name: '파이썬 코드' })).toBeTruthy();
    expect(runButton('실행')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '예제' })).toBeTruthy();
    const validate = screen.getByRole('switch', { name: 'wsgiref.validate' });
    expect(validate.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(validate.getAttribute('aria-describedby')!)!.textContent).toBe(
      '모든 호출이 WSGI 규칙(PEP\u00a03333)을 지키는지 검사',
    );
    expect(screen.getByRole('region', { name: '내 코드' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '라우터' })).toBeTruthy();
  });

  it('tells keyboard users how to leave the editor (Esc, then Tab)', () => {
    setup();
    const box = screen.getByRole('textbox', { name: 'Python code' });
    const described = box.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(described[0])!.textContent).toMatch(/Esc, then Tab/);
  });

  it('Run sends the code with validate on by default, and off after the switch', async () => {
    const { host } = setup();
    const validate = screen.getByRole('switch', { name: 'wsgiref.validate' }) as HTMLInputElement;
    expect(validate.checked).toBe(true);
    await clickRun();
    expect(host.calls).toEqual([{ code: HELLO, options: { validate: true } }]);
    fireEvent.click(validate);
    expect(screen.getByText(/press Run to use it/)).toBeTruthy();
    await clickRun();
    expect(host.calls[1]).toEqual({ code: HELLO, options: { validate: false } });
    expect(screen.getByText(/requests to https:\/\/demo\.test\/ go through it/)).toBeTruthy();
  });

  it('never runs by itself: code from a link waits for Run', () => {
    const { host } = setup({ initial: 'def app(e, s): ...\n', fromLink: true });
    expect(host.calls).toEqual([]);
    expect(screen.getByRole('note').textContent).toMatch(/runs only when you press Run/);
    expect(editorText()).toBe('def app(e, s): ...\n');
  });

  it('says when the code in a link could not be read', () => {
    setup({ linkProblem: 'corrupt', lang: 'ko' });
    expect(screen.getByRole('note').textContent).toMatch(/손상되어/);
    fireEvent.click(screen.getByRole('button', { name: '닫기' }));
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows the download in bytes while CPython loads, and announces only the changes of state', async () => {
    const host = new FakeHost();
    host.manual = true;
    setup({}, host);
    const live = screen.getByRole('status');
    expect(live.textContent).toBe('');
    await clickRun();
    act(() => host.set({ status: 'loading', progress: { loaded: 3_100_000, total: 12_400_000 } }));
    const bar = screen.getByRole('progressbar', { name: 'Loading CPython' }) as HTMLProgressElement;
    expect(bar.value).toBe(3_100_000);
    expect(bar.max).toBe(12_400_000);
    expect(screen.getByText('3.1 / 12.4 MB')).toBeTruthy();
    expect(live.textContent).toBe('Loading CPython…');
    expect(runButton().getAttribute('aria-disabled')).toBe('true');
    act(() => host.set({ progress: { loaded: 9_000_000, total: 12_400_000 } }));
    expect(screen.getByText('9.0 / 12.4 MB')).toBeTruthy();
    expect(live.textContent).toBe('Loading CPython…');
    await act(async () => host.finish({ ok: true, layers: ['Latinator'] }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(live.textContent).toBe('CPython is ready; your code runs.');
    expect(screen.getByText('Your middleware, outermost first: Latinator')).toBeTruthy();
  });

  it('an unknown total gives an indeterminate bar with the bytes so far', () => {
    const host = new FakeHost();
    setup({ lang: 'ko' }, host);
    act(() => host.set({ status: 'loading', progress: { loaded: 1_250_000, total: 0 } }));
    const bar = screen.getByRole('progressbar', { name: 'CPython 불러오는 중' });
    expect(bar.hasAttribute('value')).toBe(false);
    expect(screen.getByText('1.3 MB')).toBeTruthy();
  });

  it('an error at Run is told in plain words and marks its line; the next edit clears it', async () => {
    const { host } = setup();
    host.next = { ok: false, error: SYNTAX };
    await clickRun();
    expect(screen.getByText(/syntax error on line 2/, { selector: LEAD })).toBeTruthy();
    expect(screen.getByText("SyntaxError: '(' was never closed")).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^Error: .*line 2/);
    const lines = [...document.querySelectorAll('.cm-line')];
    expect(lines.map((l) => l.classList.contains('cm-py-error-line'))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(document.querySelectorAll('.cm-py-error-marker')).toHaveLength(1);

    act(() => view().dispatch({ changes: { from: 0, insert: '# ' }, userEvent: 'input' }));
    expect(changes.at(-1)).toBe('# ' + HELLO);
    expect(document.querySelector('.cm-py-error-line')).toBeNull();
    expect(document.querySelector('.cm-py-error-marker')).toBeNull();
    expect(screen.queryByText(/syntax error on line 2/, { selector: LEAD })).toBeNull();
  });

  it('the next Run clears the mark, and "Go to line" puts the cursor on it', async () => {
    const { host } = setup();
    host.next = { ok: false, error: { ...SYNTAX, line: 3 } };
    await clickRun();
    fireEvent.click(screen.getByRole('button', { name: 'Go to line 3' }));
    const v = view();
    expect(v.state.doc.lineAt(v.state.selection.main.head).number).toBe(3);
    host.next = { ok: true, layers: [] };
    await clickRun();
    expect(document.querySelector('.cm-py-error-line')).toBeNull();
    expect(screen.queryByText(/syntax error/)).toBeNull();
  });

  it('an error without a line is shown without marking the editor', async () => {
    const { host } = setup({ lang: 'ko' });
    host.next = {
      ok: false,
      error: {
        kind: 'app',
        pythonType: 'NameError',
        message: "name 'app' is not defined",
        line: null,
      },
    };
    await clickRun('실행');
    expect(screen.getByText(/서버가 호출할 대상이 없습니다/, { selector: LEAD })).toBeTruthy();
    expect(screen.getByText("NameError: name 'app' is not defined")).toBeTruthy();
    expect(document.querySelector('.cm-py-error-line')).toBeNull();
    expect(screen.queryByRole('button', { name: /줄로 이동/ })).toBeNull();
  });

  it('a crash reported by the host between runs shows until the next edit', () => {
    const host = new FakeHost();
    setup({}, host);
    const crash: CodeError = { kind: 'crash', pythonType: 'MemoryError', message: '', line: null };
    act(() => host.set({ status: 'ready', error: crash }));
    expect(screen.getByText(/Python stopped and was restarted/, { selector: LEAD })).toBeTruthy();
    expect(screen.getByText('MemoryError', { selector: 'code' })).toBeTruthy();
    act(() => view().dispatch({ changes: { from: 0, insert: 'x' }, userEvent: 'input' }));
    expect(screen.queryByText(/Python stopped/, { selector: LEAD })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('the examples menu replaces unedited code at once', async () => {
    setup();
    const menu = screen.getByRole('combobox', { name: 'Example' }) as HTMLSelectElement;
    expect(menu.value).toBe('hello');
    await choose(menu, 'router');
    expect(screen.queryByRole('group')).toBeNull();
    expect(changes).toEqual([ROUTER]);
    expect(editorText()).toBe(ROUTER);
    expect(menu.value).toBe('router');
  });

  it('the examples menu asks before replacing edited code, and keeps it when told so', async () => {
    setup();
    act(() => view().dispatch({ changes: { from: 0, insert: '# mine\n' }, userEvent: 'input' }));
    const menu = screen.getByRole('combobox', { name: 'Example' }) as HTMLSelectElement;
    expect(menu.value).toBe('');
    expect((screen.getByRole('option', { name: 'Your code' }) as HTMLOptionElement).selected).toBe(
      true,
    );
    changes = [];
    await choose(menu, 'router');
    const question = screen.getByRole('group', {
      name: /Replace your code with the example “A router”/,
    });
    const replace = screen.getByRole('button', { name: 'Replace' });
    expect(question.contains(replace)).toBe(true);
    expect(document.activeElement).toBe(replace);
    expect(changes).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Keep my code' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(menu);
    expect(menu.value).toBe('');
    expect(changes).toEqual([]);
    expect(editorText()).toBe('# mine\n' + HELLO);
  });

  it('code from a link counts as edited: the menu says so, and Replace loads the example', async () => {
    setup({ initial: HELLO, fromLink: true });
    const menu = screen.getByRole('combobox', { name: 'Example' }) as HTMLSelectElement;
    expect(menu.value).toBe('');
    await choose(menu, 'router');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    });
    expect(changes).toEqual([ROUTER]);
    expect(editorText()).toBe(ROUTER);
    expect(menu.value).toBe('router');
    expect(document.activeElement).toBe(menu);
  });

  it('asks in Korean with the right particle', async () => {
    setup({ lang: 'ko', fromLink: true });
    await choose(screen.getByRole('combobox', { name: '예제' }) as HTMLSelectElement, 'router');
    expect(
      screen.getByRole('group', {
        name: '지금 코드를 지우고 예제 라우터를 불러올까요? 고친 내용은 사라집니다.',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: '불러오기' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '내 코드 유지' })).toBeTruthy();
  });

  it('an edit away from the example shows "Your code"; undoing it back shows the example again', () => {
    setup();
    const menu = screen.getByRole('combobox', { name: 'Example' }) as HTMLSelectElement;
    act(() => view().dispatch({ changes: { from: 0, insert: '#' }, userEvent: 'input' }));
    expect(menu.value).toBe('');
    act(() => view().dispatch({ changes: { from: 0, to: 1 }, userEvent: 'delete' }));
    expect(menu.value).toBe('hello');
  });

  it('without a host, Run does nothing', async () => {
    setup({ host: null });
    expect(runButton().getAttribute('aria-disabled')).toBe('true');
    await clickRun();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('stops listening to the host when unmounted', () => {
    const { host, unmount } = setup();
    expect(host.listenerCount()).toBe(1);
    unmount();
    expect(host.listenerCount()).toBe(0);
  });
});
