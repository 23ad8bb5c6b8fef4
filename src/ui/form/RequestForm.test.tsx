// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../session/context';
import { createSession } from '../../session/session';
import { fixtureTrace } from '../narrate.fixture';
import { RequestForm } from './RequestForm';

afterEach(cleanup);

function setup(fetcher: typeof fetch, lang: 'en' | 'ko' = 'en') {
  const session = createSession({ scene: 'wsgi', lang });
  session.store.getState().setScene('wsgi', fixtureTrace());
  render(
    <SessionProvider session={session}>
      <RequestForm fetcher={fetcher} />
    </SessionProvider>,
  );
}

const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

describe('RequestForm', () => {
  it('shows a message next to a bad URL, linked by aria-describedby, and sends nothing', () => {
    const fetcher = vi.fn();
    setup(fetcher as unknown as typeof fetch);
    expect(screen.getByRole('form', { name: 'Send a request' })).toBeTruthy();
    fireEvent.change(field('URL'), { target: { value: 'https://example.com/x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const url = field('URL');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    const msg = document.getElementById(url.getAttribute('aria-describedby')!);
    expect(msg?.textContent).toBe('Only https://demo.test is served here.');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('flags a header line without a colon and a body on GET', () => {
    setup(vi.fn() as unknown as typeof fetch);
    fireEvent.change(field('Headers'), { target: { value: 'X-Good: 1\nbroken' } });
    fireEvent.change(field('Body'), { target: { value: 'x=1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const headers = field('Headers');
    expect(document.getElementById(headers.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /Line 2: a header needs a colon/,
    );
    const body = field('Body');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(body.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /GET requests carry no body/,
    );
  });

  it('sends a real request and shows status line, headers and pretty JSON', async () => {
    const fetcher = vi.fn(
      async () =>
        new Response('{"a":1}', {
          status: 200,
          statusText: 'OK',
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    setup(fetcher as unknown as typeof fetch);
    fireEvent.change(field('URL'), { target: { value: '/hello/ada' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const region = await screen.findByRole('region', { name: 'Response' });
    await waitFor(() => expect(region.textContent).toContain('HTTP/1.1 200 OK'));
    expect(fetcher).toHaveBeenCalledWith(
      'https://demo.test/hello/ada',
      expect.objectContaining({ method: 'GET' }),
    );
    expect(region.textContent!.toLowerCase()).toContain('content-type: application/json');
    expect(region.textContent).toContain('"a": 1');
  });

  it('shows server-side errors as responses and a rejected fetch as a network error', async () => {
    let fail = false;
    const fetcher = vi.fn(async () => {
      if (fail) throw new TypeError('Failed to fetch');
      return new Response('too large', { status: 413, statusText: 'Content Too Large' });
    });
    setup(fetcher as unknown as typeof fetch);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const region = screen.getByRole('region', { name: 'Response' });
    await waitFor(() => expect(region.textContent).toContain('HTTP/1.1 413 Content Too Large'));
    fail = true;
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(region.textContent).toMatch(/Network error/));
    expect(region.textContent).toContain('Failed to fetch');
  });

  it('speaks Korean in the Korean UI', () => {
    setup(vi.fn() as unknown as typeof fetch, 'ko');
    expect(screen.getByRole('form', { name: '요청 보내기' })).toBeTruthy();
    fireEvent.change(field('URL'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: '보내기' }));
    expect(screen.getByText(/https:\/\/demo.test의 URL/)).toBeTruthy();
  });
});
