"""
`npm run reference:overflow`: what Linux and nginx do when a listen queue is
full, recorded to tests/reference/overflow.json for tests/unit/overflow.test.ts.

A listener on 127.0.0.1 calls listen(1) and never accept()s; two connections
fill its accept queue. Then
  1. nginx (proxy_pass to it, proxy_connect_timeout 3s) gets a request:
     status, headers, body and how long it took;
  2. a plain client connect()s with the kernel's defaults: how it fails and when.
The kernel's SYN drops are timed by polling /proc/net/netstat (TcpExt
ListenDrops, machine-wide: run it on a quiet machine) during each part. Everything runs as child processes of this script
on loopback and is stopped by its PID. Takes about 2 minutes 15 seconds.
"""
import json, os, socket, subprocess, tempfile, threading, time, urllib.request, urllib.error

HERE = os.path.dirname(os.path.abspath(__file__))
UPSTREAM, NGINX = 18490, 18491
CONNECT_TIMEOUT_S = 3


def listen_drops():
    lines = open('/proc/net/netstat').read().splitlines()
    for names, values in zip(lines[::2], lines[1::2]):
        if names.startswith('TcpExt:'):
            return int(dict(zip(names.split()[1:], values.split()[1:]))['ListenDrops'])
    raise SystemExit('no TcpExt in /proc/net/netstat')


def sysctl(name):
    try:
        return int(open('/proc/sys/' + name.replace('.', '/')).read())
    except FileNotFoundError:
        return None  # older kernels: no such setting


class DropClock:
    """When ListenDrops grows (ms after start), polled every 10 ms until stopped."""

    def __init__(self):
        self.t0, self.last, self.times, self.done = time.monotonic(), listen_drops(), [], False
        self.thread = threading.Thread(target=self.run)
        self.thread.start()

    def run(self):
        while not self.done:
            n = listen_drops()
            if n > self.last:
                at = round((time.monotonic() - self.t0) * 1000)
                self.times += [at] * (n - self.last)
                self.last = n
            time.sleep(0.01)

    def stop(self):
        self.done = True
        self.thread.join()
        return self.times


def main():
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', UPSTREAM))
    srv.listen(1)  # never accept(): Linux queues backlog + 1 = 2 connections
    fill = [socket.create_connection(('127.0.0.1', UPSTREAM), timeout=2) for _ in range(2)]
    ss = subprocess.run(['ss', '-ltn', f'sport = :{UPSTREAM}'], capture_output=True, text=True).stdout
    queued = int(ss.splitlines()[1].split()[1])

    d = tempfile.mkdtemp()
    open(f'{d}/nginx.conf', 'w').write(f"""
daemon off; master_process off; pid {d}/nginx.pid; error_log {d}/error.log info;
events {{ worker_connections 64; }}
http {{
  access_log off; client_body_temp_path {d}; proxy_temp_path {d};
  fastcgi_temp_path {d}; uwsgi_temp_path {d}; scgi_temp_path {d};
  server {{
    listen 127.0.0.1:{NGINX};
    location / {{ proxy_pass http://127.0.0.1:{UPSTREAM}; proxy_connect_timeout {CONNECT_TIMEOUT_S}s; }}
  }}
}}""")
    nginx = subprocess.Popen(['nginx', '-c', f'{d}/nginx.conf', '-p', d])
    try:
        for _ in range(50):
            try:
                socket.create_connection(('127.0.0.1', NGINX), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        clock = DropClock()
        t0 = time.monotonic()
        try:
            r = urllib.request.urlopen(f'http://127.0.0.1:{NGINX}/', timeout=30)
            status, reason, headers, body = r.status, r.reason, r.getheaders(), r.read()
        except urllib.error.HTTPError as e:
            status, reason, headers, body = e.code, e.reason, e.headers.items(), e.read()
        elapsed = time.monotonic() - t0
        nginx_drops = clock.stop()
        log = [l.split('] ', 1)[1] for l in open(f'{d}/error.log') if 'upstream' in l]
    finally:
        nginx.terminate()
        nginx.wait()

    clock = DropClock()
    c = socket.socket()
    t0 = time.monotonic()
    try:
        c.connect(('127.0.0.1', UPSTREAM))
        client_error = None
    except OSError as e:
        client_error = os.strerror(e.errno) if e.errno else type(e).__name__
    client_elapsed = time.monotonic() - t0
    client_drops = clock.stop()
    for s in fill + [c, srv]:
        s.close()

    nginx_version = subprocess.run(['nginx', '-v'], capture_output=True, text=True).stderr.strip()
    out = {
        'recordedAt': time.strftime('%Y-%m-%d'),
        'versions': {'nginx': nginx_version, 'linux': os.uname().release},
        'sysctl': {
            'net.ipv4.tcp_syn_retries': sysctl('net.ipv4.tcp_syn_retries'),
            'net.ipv4.tcp_abort_on_overflow': sysctl('net.ipv4.tcp_abort_on_overflow'),
            # Linux 6.5+: the first N SYN retransmissions wait 1 s each, then the wait doubles.
            'net.ipv4.tcp_syn_linear_timeouts': sysctl('net.ipv4.tcp_syn_linear_timeouts'),
        },
        'queued': queued,
        'nginx': {
            'connectTimeoutMs': CONNECT_TIMEOUT_S * 1000,
            'status': status,
            'reason': reason,
            'headers': [[k, v] for k, v in headers],
            'body': body.decode('latin-1'),
            'elapsedMs': round(elapsed * 1000),
            # ms after the request when the kernel dropped a SYN (TcpExt ListenDrops grew)
            'synDroppedAtMs': nginx_drops,
            'errorLog': log,
        },
        'client': {
            'error': client_error,
            'elapsedMs': round(client_elapsed * 1000),
            'synDroppedAtMs': client_drops,
        },
    }
    with open(os.path.join(HERE, 'overflow.json'), 'w') as f:
        json.dump(out, f, indent=2)
        f.write('\n')
    print(json.dumps(out, indent=2))


if __name__ == '__main__':
    main()
