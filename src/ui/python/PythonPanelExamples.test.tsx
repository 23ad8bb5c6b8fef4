// @vitest-environment happy-dom
/** The Python panel's examples menu: replacing the code, and asking first when it was edited. */
import { cleanup, act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HELLO, ROUTER, setup, view, editorText, choose } from './panelHarness';

afterEach(cleanup);

describe('PythonPanel: the examples menu', () => {
  it('the examples menu replaces unedited code at once', async () => {
    const { changes } = setup();
    const menu = screen.getByRole('combobox', { name: 'Example' }) as HTMLSelectElement;
    expect(menu.value).toBe('hello');
    await choose(menu, 'router');
    expect(screen.queryByRole('group')).toBeNull();
    expect(changes).toEqual([ROUTER]);
    expect(editorText()).toBe(ROUTER);
    expect(menu.value).toBe('router');
  });

  it('the examples menu asks before replacing edited code, and keeps it when told so', async () => {
    const { changes } = setup();
    act(() => view().dispatch({ changes: { from: 0, insert: '# mine\n' }, userEvent: 'input' }));
    const menu = screen.getByRole('combobox', { name: 'Example' }) as HTMLSelectElement;
    expect(menu.value).toBe('');
    expect((screen.getByRole('option', { name: 'Your code' }) as HTMLOptionElement).selected).toBe(
      true,
    );
    changes.length = 0;
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
    const { changes } = setup({ initial: HELLO, fromLink: true });
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
});
