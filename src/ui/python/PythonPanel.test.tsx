// @vitest-environment happy-dom
/** The Python panel: its parts in both languages, Run, CPython loading, errors, the host. */
import { cleanup, act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeError } from '../../python/contract';
import { FakeHost } from './fakeHost';
import { HELLO, SYNTAX, LEAD, setup, view, editorText, runButton, clickRun } from './panelHarness';

afterEach(cleanup);

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
    const { host, changes } = setup();
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
