import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from './params';
import {
  deepLink,
  embedUrl,
  escapeAttr,
  iframeHtml,
  siteRootOf,
  snippetHtml,
  type SnippetOptions,
} from './snippet';

const SITE = 'https://user.github.io/wsgi-explained/';
const base: SnippetOptions = {
  scene: 'wsgi',
  step: 3,
  from: null,
  to: null,
  lang: 'en',
  theme: 'auto',
  controls: 'full',
  autoplay: false,
};

describe('embed snippet', () => {
  it('round-trips every option through the embed query parser', () => {
    const o: SnippetOptions = {
      scene: 'middleware',
      step: 5,
      from: 2,
      to: 9,
      lang: 'ko',
      theme: 'dark',
      controls: 'compact',
      autoplay: true,
      id: 'x1',
    };
    const url = new URL(embedUrl(SITE, o));
    expect(url.pathname).toBe('/wsgi-explained/embed.html');
    const p = parseEmbedParams(url.search);
    expect(p).toMatchObject({
      scene: 'middleware',
      step: 5,
      range: { from: 2, to: 9 },
      lang: 'ko',
      theme: 'dark',
      controls: 'compact',
      autoplay: true,
      id: 'x1',
    });
  });

  it('leaves defaults out of the URL', () => {
    const url = embedUrl(SITE, { ...base, step: -1 });
    expect(url).toBe(`${SITE}embed.html?scene=wsgi&lang=en`);
  });

  it('has the iframe attributes a blog needs and the script line', () => {
    const html = snippetHtml(SITE, base, 700);
    expect(html).toContain('title="How a web request is served in Python: WSGI in slow motion"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('style="width:100%;border:0"');
    expect(html).toContain('height="700"');
    expect(html).toContain(`src="${SITE}embed.html?scene=wsgi&amp;step=3&amp;lang=en"`);
    expect(html.split('\n')[1]).toBe(`<script src="${SITE}embed.js" async></script>`);
  });

  it('escapes attribute values', () => {
    expect(escapeAttr('a"b<c>&')).toBe('a&quot;b&lt;c&gt;&amp;');
    expect(iframeHtml('https://x.test/"/', base)).not.toContain('x.test/"/');
  });

  it('titles the frame in the chosen language', () => {
    expect(iframeHtml(SITE, { ...base, lang: 'ko' })).toContain(
      'title="파이썬에서 웹 요청이 처리되는 과정: WSGI 느리게 보기"',
    );
  });

  it('builds the deep link and finds the site root from a page URL', () => {
    expect(deepLink(SITE, base)).toBe(`${SITE}?scene=wsgi&step=3&lang=en`);
    expect(siteRootOf('https://h.test/repo/?scene=wsgi#x')).toBe('https://h.test/repo/');
    expect(siteRootOf('https://h.test/repo/index.html?scene=wsgi')).toBe('https://h.test/repo/');
    expect(siteRootOf('https://h.test/repo/embed.html?scene=wsgi')).toBe('https://h.test/repo/');
  });
});
