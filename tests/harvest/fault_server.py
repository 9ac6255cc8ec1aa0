"""A real HTTP server on loopback that injects faults (the routes below), for the harvest tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kzelect.config import HttpSettings
from sources.http import HttpClient

SILENT_S = 300.0  # "does not answer for minutes"; released at teardown
DRIBBLE_EVERY_S = 0.05
STREAM_BLOCK = b"x" * (64 * 1024)

# Small timeouts and limits so every fault resolves in about a second; sleeps are recorded, not slept.
TEST_SETTINGS = HttpSettings(
    connect_timeout_s=2.0,
    read_timeout_s=2.0,
    total_timeout_s=10.0,
    max_attempts=4,
    backoff_base_s=1.0,
    backoff_max_s=10.0,
    max_body_bytes=1024 * 1024,
)

Route = Callable[["FaultHandler"], None]


@dataclass
class ClientUnderTest:
    client: HttpClient
    sleeps: list[float]  # what the client asked to sleep between retries


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]
    at: float  # monotonic


class FaultServer:
    """ThreadingHTTPServer on an ephemeral port; `routes` maps a path to what the handler does."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.in_flight = 0
        self.max_in_flight = 0
        self.bytes_sent = 0
        self.streams_ended = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), FaultHandler)
        self.httpd.faults = self  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def paths(self) -> list[str]:
        with self.lock:
            return [s.path for s in self.seen]

    def count(self, path: str) -> int:
        return self.paths().count(path)

    def close(self) -> None:
        self.stop.set()  # releases silent and dribbling handlers
        self.httpd.shutdown()
        self.httpd.server_close()


class FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so connection reuse is exercised too
    disable_nagle_algorithm = True  # as production servers do; spares a delayed-ACK stall per request

    @property
    def faults(self) -> FaultServer:
        return self.server.faults  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        with self.faults.lock:
            self.faults.seen.append(Seen(self.path, dict(self.headers), time.monotonic()))
        route = self.faults.routes.get(self.path)
        try:
            if route is None:
                self.reply(404, b"not found")
            else:
                route(self)
        except OSError:  # the client hung up (a cut-off body, a refused size): expected
            self.close_connection = True

    def reply(self, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
              **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if status not in (204, 304):
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if status not in (204, 304):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


# --- routes ------------------------------------------------------------------------------------------------


def respond(status: int, body: bytes = b"", **headers: str) -> Route:
    return lambda h: h.reply(status, body, **headers)


def sequence(*routes: Route) -> Route:
    """Each request gets the next route; the last one repeats."""
    calls = iter(routes)
    last: list[Route] = []

    def route(h: FaultHandler) -> None:
        nxt = next(calls, None)
        if nxt is not None:
            last[:] = [nxt]
        last[0](h)

    return route


def truncated(declared: int, sent: int) -> Route:
    def route(h: FaultHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/pdf")
        h.send_header("Content-Length", str(declared))
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(b"%" * sent)
        h.close_connection = True

    return route


def endless(total_bytes: int, *, chunked: bool) -> Route:
    """A body of `total_bytes` generated on the fly, never held by the server either."""

    def route(h: FaultHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/pdf")
        if chunked:
            h.send_header("Transfer-Encoding", "chunked")
        else:
            h.send_header("Content-Length", str(total_bytes))
        h.end_headers()
        frame = b"%x\r\n%s\r\n" % (len(STREAM_BLOCK), STREAM_BLOCK) if chunked else STREAM_BLOCK
        sent = 0
        try:
            while sent < total_bytes and not h.faults.stop.is_set():
                h.wfile.write(frame)
                sent += len(STREAM_BLOCK)
                with h.faults.lock:
                    h.faults.bytes_sent += len(STREAM_BLOCK)
            if chunked:
                h.wfile.write(b"0\r\n\r\n")
        finally:
            h.close_connection = True
            h.faults.streams_ended.set()

    return route


def silent(h: FaultHandler) -> None:
    h.faults.stop.wait(SILENT_S)
    h.close_connection = True


def dribble_body(h: FaultHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Connection", "close")  # body ends when the connection does: no length to check
    h.end_headers()
    while not h.faults.stop.wait(DRIBBLE_EVERY_S):
        h.wfile.write(b".")
    h.close_connection = True


def dribble_headers(h: FaultHandler) -> None:
    h.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    while not h.faults.stop.wait(DRIBBLE_EVERY_S):
        h.wfile.write(b"z")
    h.close_connection = True


def conditional(etag: str, last_modified: str, body: bytes) -> Route:
    def route(h: FaultHandler) -> None:
        validators = {"ETag": etag, "Last-Modified": last_modified}
        if h.headers.get("If-None-Match") == etag or h.headers.get("If-Modified-Since") == last_modified:
            h.reply(304, **validators)
        else:
            h.reply(200, body, **validators)

    return route


def counted(delay_s: float, body: bytes) -> Route:
    """Counts requests in progress; the count drops before the answer, so it never over-counts."""

    def route(h: FaultHandler) -> None:
        f = h.faults
        with f.lock:
            f.in_flight += 1
            f.max_in_flight = max(f.max_in_flight, f.in_flight)
        time.sleep(delay_s)
        with f.lock:
            f.in_flight -= 1
        h.reply(200, body)

    return route
