"""A local web server with article pages (and redirects, big, slow, wrong-type pages) for fetch tests."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORY = """<!doctype html><html><head><title>Talks loom | Example News</title>
<meta property="og:title" content="Talks loom as the war nears its third anniversary">
<meta property="article:published_time" content="2024-12-27T08:00:00+00:00"></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<div class="newsletter"><p>Subscribe to our newsletter for a daily briefing on the war and the talks.</p></div>
<article><h1>Talks loom as the war nears its third anniversary</h1>
<p>After over 1,000 days of fighting, officials are openly discussing what negotiations could look like.</p>
<p>On Christmas Day Russia fired around 70 cruise and ballistic missiles and 100 strike drones at the grid.</p>
</article><footer>Example News 2024</footer></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {
        "/story.html": (200, "text/html; charset=utf-8", STORY.encode()),
        "/plain.txt": (200, "text/plain", b"Over 1,000 days of fighting."),
        "/image.png": (200, "image/png", b"\x89PNG\r\n"),
    }

    def do_GET(self):  # noqa: N802 - http.server's naming
        if self.path.startswith("/redirect/"):
            hops = int(self.path.split("/")[2])
            target = "/story.html" if hops <= 1 else f"/redirect/{hops - 1}"
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/redirect-abs":
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{self.server.server_address[1]}/story.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/big.html":
            body = b"<p>" + b"x" * 200_000 + b"</p>"
            self._send(200, "text/html", body)
            return
        if self.path == "/drip.html":
            import time

            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>drip</p>" * 10)
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if self.path == "/slow.html":
            import time

            time.sleep(3)
            self._send(200, "text/html", b"<p>late</p>")
            return
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self._send(status, ctype, body)

    def _send(self, status, ctype, body):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *_args):
        pass


class ArticleServer:
    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *_exc):
        self.httpd.shutdown()
        self.httpd.server_close()
