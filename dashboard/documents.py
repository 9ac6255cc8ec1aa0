"""The archived copy of every document, served by the dashboard itself on a second loopback port.

Why a small stdlib server and not Streamlit's static serving (`server.enableStaticServing`): that serves only
files copied into the app's `static/` folder, and serves files of unknown type as text/plain — archived bodies
are named by their SHA-256 without an extension, so a PDF would not open as one, and copying the archive there
would mean writing, which the dashboard never does. Here `/documents/<document_id>` looks the id up in
raw.documents (a new read-only connection per request, like the pages), reads `archive_path` under the archive
folder and answers with the Content-Type the publisher sent. Links add `#page=N` for PDFs, which Chromium's and
Firefox's viewers honour. Archived HTML is served with a Content-Security-Policy that blocks every external load.
"""

from __future__ import annotations

import logging
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from dashboard import data

log = logging.getLogger(__name__)

DOCUMENT_PATH_RE = re.compile(r"^/documents/(?P<id>[0-9a-f]{64})/?$")
# Archived pages refer to the publisher's stylesheets and scripts; none of it may load from here or elsewhere.
HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:"


def document_link(base_url: str, document_id: str, page: int | None = None) -> str:
    """The dashboard's own link to an archived document, opened at its PDF page when there is one."""
    link = f"{base_url.rstrip('/')}/documents/{document_id}"
    return f"{link}#page={int(page)}" if page else link


class _Handler(BaseHTTPRequestHandler):
    server: DocumentServer

    def do_GET(self) -> None:
        match = DOCUMENT_PATH_RE.match(self.path.split("?", 1)[0])
        if not match:
            self._answer(404, b"not found: /documents/<sha256> only", "text/plain; charset=utf-8")
            return
        try:
            with data.connect(self.server.warehouse) as con:
                found = data.document(con, match["id"])
        except data.WarehouseUnavailable as exc:
            self._answer(503, str(exc).encode(), "text/plain; charset=utf-8")
            return
        if found is None:
            self._answer(404, b"no such document in the warehouse", "text/plain; charset=utf-8")
            return
        archive_path, content_type = found
        root = self.server.archive.resolve()
        body_path = (root / archive_path).resolve()
        if not body_path.is_relative_to(root) or not body_path.is_file():
            self._answer(404, f"{archive_path} is not in the archive {root}".encode(), "text/plain; charset=utf-8")
            return
        self._answer(200, body_path.read_bytes(), content_type or "application/octet-stream")

    def _answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        if content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy", HTML_POLICY)
        if content_type.startswith("application/pdf"):
            self.send_header("Content-Disposition", "inline")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        log.debug("documents: " + format, *args)


class DocumentServer(ThreadingHTTPServer):
    """Serves archived bodies on (host, port); port 0 takes a free one. `url` is its base address."""

    daemon_threads = True

    def __init__(self, warehouse: Path, archive: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.warehouse, self.archive = warehouse, archive
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> DocumentServer:
        self._thread = threading.Thread(target=self.serve_forever, name="kzelect-documents", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
