"""Serve a mirror tree of the two sites on loopback, with the sites' real URL layout.

A URL path with a query is stored as `PATH@QUERY`, a folder URL as `PATH/index.html`; `.php` pages
and `@` files are HTML, `.pdf` files PDF. ETag and Last-Modified are sent and honoured, so a second
run sees 304s exactly as it would on a well-behaved live site. An optional per-request latency (every
answer, 304s and 404s included, waits that long before it is sent) makes it behave like a distant site; the
server answers requests concurrently (one thread each), so concurrent clients pay it once each, in parallel.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

CONTENT_TYPES = {".pdf": "application/pdf", ".html": "text/html; charset=utf-8", ".txt": "text/plain"}


def mirror_file(root: Path, raw_path: str) -> Path | None:
    """The file that serves a request path (with its query), or None."""
    parts = urlsplit(raw_path)
    rel = unquote(parts.path).lstrip("/")
    if ".." in Path(rel).parts:
        return None
    candidate = root / (f"{rel}@{parts.query}" if parts.query else rel)
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def content_type_for(path: Path) -> str:
    if "@" in path.name or path.suffix == ".php" or path.suffix == "":
        return CONTENT_TYPES[".html"]
    return CONTENT_TYPES.get(path.suffix, "application/octet-stream")


class MirrorHandler(BaseHTTPRequestHandler):
    server_version = "kzelect-mirror"
    # Headers and body go out in separate writes: TCP_NODELAY sends each at once, as production servers do, so
    # the only wait a client sees is the configured latency.
    disable_nagle_algorithm = True

    def __init__(self, *args: object, root: Path, latency_s: float = 0.0, **kwargs: object) -> None:
        self.root = root
        self.latency_s = latency_s
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:  # quiet: tests and `make run` stay readable
        pass

    def do_GET(self) -> None:
        if self.latency_s > 0:
            time.sleep(self.latency_s)
        path = mirror_file(self.root, self.path)
        if path is None:
            self.send_error(404)
            return
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        modified = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type_for(path))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve_tree(root: Path, host: str = "127.0.0.1", port: int = 0, latency_s: float = 0.0) -> Iterator[str]:
    """Serve one source folder at the root of its own loopback port; yields the base URL. Every answer waits
    `latency_s` seconds first (0: none).

    Any port will do (0: a free one): documents are named by their canonical URLs (Settings.canonical_url),
    so the archive's records and conditional requests do not depend on it. A requested port that is taken
    falls back to a free one.
    """
    if latency_s < 0:
        raise ValueError(f"latency_s must be zero or more, not {latency_s!r}")
    handler = partial(MirrorHandler, root=Path(root), latency_s=latency_s)
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError:
        server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"mirror:{root.name}", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def serve_snapshot(snapshot: Path, ports: tuple[int, int] = (0, 0),
                   latency_s: float = 0.0) -> Iterator[tuple[str, str]]:
    """Serve `snapshot/cec` and `snapshot/osce` on two ports; yields (cec_url, osce_url)."""
    with serve_tree(snapshot / "cec", port=ports[0], latency_s=latency_s) as cec_url, \
            serve_tree(snapshot / "osce", port=ports[1], latency_s=latency_s) as osce_url:
        yield cec_url, osce_url
