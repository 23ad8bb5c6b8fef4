/*
 * Demo only: `?embedBase=http://host/path/` points the frames (and the snippet
 * shown) at another copy of the explainer, e.g. another origin in the browser
 * tests. Only http(s) URLs are used; anything else is ignored.
 */
(function () {
  'use strict';
  var raw = new URLSearchParams(location.search).get('embedBase');
  var base = new URL('../', location.href);
  if (raw) {
    try {
      var given = new URL(raw, location.href);
      if (given.protocol === 'http:' || given.protocol === 'https:') base = given;
    } catch {
      /* keep the default */
    }
  }
  var frames = document.querySelectorAll('iframe[data-wsgi-explained]');
  for (var i = 0; i < frames.length; i++) {
    var src = frames[i].getAttribute('src') || '';
    var next = new URL(src.replace(/^\.\.\//, ''), base).href;
    if (next !== frames[i].src) frames[i].src = next;
  }
  var code = document.getElementById('snippet');
  if (code) code.textContent = code.textContent.split('https://<user>.github.io/wsgi-explained/').join(base.href);
})();
