/**
 * No Python runs in this scene: nginx maps the path to a file under its
 * document root. The listing is the part of nginx's configuration that does
 * it (the site's static paths, as in src/sim/scenarios/site.ts).
 */
import { defineListing, nginxPick } from '../listing';

const source = String.raw`
# nginx answers these itself: no Python runs
server {
    listen 443 ssl;                  # (certificate lines left out)
    server_name demo.test;  # the Host header picks this block  «nginx:host»
    root /srv/demo.test;             # the document root

    # /style.css → /srv/demo.test/style.css, or a 404
    location ~ ^/(index\.html|style\.css|logo\.svg|favicon\.ico)$ {
        try_files $uri =404;                              «nginx:files»
    }
    location /static/ {
        try_files $uri =404;                              «nginx:static-dir»
    }

    # other paths go to the WSGI server (reverse-proxy scene)
    location / {
        proxy_pass http://127.0.0.1:8000;                 «nginx:proxy»
    }
}
`;

export const code = defineListing({
  lang: 'nginx',
  title: { en: "nginx's configuration (no Python)", ko: 'nginx 설정 (파이썬 없음)' },
  source,
  at: nginxPick,
});
