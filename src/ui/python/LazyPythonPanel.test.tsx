// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeHost } from './fakeHost';
import { LazyPythonPanel } from './LazyPythonPanel';

afterEach(cleanup);

describe('LazyPythonPanel', () => {
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
});
