/**
 * nginx in front of the WSGI server: static paths answered at the edge, the
 * rest proxied with the headers the simulated nginx sends (Host,
 * X-Forwarded-*; HTTP/1.0 and Connection: close are nginx's defaults).
 */
import { defineListing, nginxPick } from '../listing';

const source = String.raw`
# nginx in front of the WSGI server
upstream wsgi {
    server 127.0.0.1:8000;           # gunicorn's socket
}
server {
    listen 443 ssl;                  # (certificate lines left out)
    server_name demo.test;  # the Host header picks this block  «nginx:host»
    root /srv/demo.test;

    location ~ ^/(index\.html|style\.css|logo\.svg|favicon\.ico)$ {
        try_files $uri =404;         # static: answered here  «nginx:files»
    }
    location /static/ {
        try_files $uri =404;                              «nginx:static-dir»
    }
    location / {                     # dynamic: to Python
        proxy_pass http://wsgi;      # HTTP/1.0, Connection: close  «nginx:proxy»
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Host $host;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_request_buffering on;  # default: a slow upload first  «nginx:request-buffering»
        proxy_buffering on;          # default: feed a slow client  «nginx:buffering»
        proxy_read_timeout 60s;      # default                «nginx:timeout»
    }
}
`;

export const code = defineListing({
  lang: 'nginx',
  title: { en: "nginx's configuration", ko: 'nginx 설정' },
  source,
  at: nginxPick,
});
