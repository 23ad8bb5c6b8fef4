/*
 * WSGI, explained: host script for embeds. Sizes every explainer iframe on the
 * page to the height its content reports. Include once or many times (async);
 * it installs itself once. MIT licensed.
 *
 * A message is accepted only when it comes from the window of one of the
 * explainer's frames on this page, and from that frame's origin (or 'null'
 * when the frame is sandboxed without allow-same-origin: an opaque origin).
 * Ids in messages are not trusted: the frame is found by its window.
 *
 * It also opens "Open the full explainer" for a frame sandboxed without
 * allow-popups (which cannot open a tab itself): only a URL on the frame's
 * own site, in a new tab without an opener, and it tells the frame so.
 */
(function () {
  'use strict';
  if (window.__wsgiExplainedEmbed) return;
  window.__wsgiExplainedEmbed = true;

  var MIN = 120;
  var MAX = 4000;
  var SELECTOR = 'iframe[data-wsgi-explained], iframe[src*="embed.html"]';

  function frames() {
    var list = document.querySelectorAll(SELECTOR);
    var out = [];
    for (var i = 0; i < list.length; i++) out.push(list[i]);
    return out;
  }

  function originOf(src) {
    try {
      var origin = new URL(src, document.baseURI).origin;
      // An opaque origin (data:, about:) names no site: only the sandbox rule below may accept 'null'.
      return origin === 'null' ? '' : origin;
    } catch {
      return '';
    }
  }

  function opaque(frame) {
    return frame.hasAttribute('sandbox') && !/(^|\s)allow-same-origin(\s|$)/.test(frame.getAttribute('sandbox') || '');
  }

  function accepts(frame, event) {
    if (!frame.contentWindow || event.source !== frame.contentWindow) return false;
    if (event.origin === originOf(frame.src)) return true;
    return event.origin === 'null' && opaque(frame);
  }

  function openFor(frame, event, url) {
    var target;
    try {
      target = new URL(String(url), frame.src);
    } catch {
      return;
    }
    var site = new URL('./', new URL(frame.src, document.baseURI)).href;
    if (target.href.indexOf(site) !== 0) return;
    window.open(target.href, '_blank', 'noopener');
    event.source.postMessage({ type: 'wsgi-explained:opened' }, '*');
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'wsgi-explained:open') {
      var list = frames();
      for (var j = 0; j < list.length; j++) if (accepts(list[j], event)) return openFor(list[j], event, data.url);
      return;
    }
    if (data.type !== 'wsgi-explained:height') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      if (!accepts(all[i], event)) continue;
      var h = Math.round(Math.min(MAX, Math.max(MIN, height)));
      all[i].style.height = h + 'px';
      all[i].setAttribute('data-wsgi-explained-height', String(h));
      return;
    }
  });

  // Frames that reported before this script loaded: ask them again.
  function hello() {
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      try {
        if (all[i].contentWindow) all[i].contentWindow.postMessage({ type: 'wsgi-explained:hello' }, '*');
      } catch {
        /* a frame that is gone */
      }
    }
  }
  // And each frame when it (re)loads: a hello sent before its page was there is lost.
  document.addEventListener(
    'load',
    function (event) {
      var t = event.target;
      if (t && t.tagName === 'IFRAME' && t.matches(SELECTOR) && t.contentWindow) {
        t.contentWindow.postMessage({ type: 'wsgi-explained:hello' }, '*');
      }
    },
    true
  );
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', hello);
  else hello();
})();
