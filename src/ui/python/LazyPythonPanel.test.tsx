// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeHost } from './fakeHost';
import { LazyPythonPanel } from './LazyPythonPanel';
import { PLACEHOLDER_TEXT } from './PanelPlaceholder';
import { pyText } from './strings';

afterEach(cleanup);

describe('LazyPythonPanel', () => {
  it("the placeholder's inline strings are the dictionary's", () => {
    for (const lang of ['en', 'ko'] as const) {
      expect(PLACEHOLDER_TEXT[lang].title).toBe(pyText(lang, 'py.title'));
      expect(PLACEHOLDER_TEXT[lang].loading).toBe(pyText(lang, 'py.editorLoading'));
    }
  });

  it('shows a placeholder with the same frame, then the editor once its chunk has loaded', async () => {
    render(
      <LazyPythonPanel
        host={new FakeHost()}
        code={'def app(environ, start_response):\n    pass\n'}
        onCodeChange={() => {}}
        examples={[]}
        lang="ko"
      />,
    );
    const placeholder = document.querySelector('.py-panel-placeholder');
    expect(placeholder?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('편집기를 불러오는 중…')).toBeTruthy();
    expect(
      await screen.findByRole('textbox', { name: '파이썬 코드' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(document.querySelector('.py-panel-placeholder')).toBeNull();
  });

  it('keeps the placeholder while the code is not known yet (null)', async () => {
    const { rerender } = render(
      <LazyPythonPanel host={null} code={null} onCodeChange={() => {}} examples={[]} lang="en" />,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByText('Loading the editor…')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    rerender(
      <LazyPythonPanel
        host={null}
        code="app = None\n"
        onCodeChange={() => {}}
        examples={[]}
        lang="en"
      />,
    );
    expect(
      await screen.findByRole('textbox', { name: 'Python code' }, { timeout: 5000 }),
    ).toBeTruthy();
  });
});
