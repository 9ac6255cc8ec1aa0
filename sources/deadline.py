"""A total time budget for one HTTP exchange, enforced by cutting its socket (sources/http.py runs every
attempt under one)."""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import socket
import threading
import time
from typing import Any

import urllib3.poolmanager
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

# Socket timeouts bound each read, not their sum: a server sending one byte per read timeout would hold a
# request for ever. Each attempt therefore runs under a `Deadline` whose timer shuts the request's socket
# down when the budget is spent; the blocked read then returns and the attempt fails. The connection and
# pool classes below tell the deadline of the calling thread which connection it is using.

_current = threading.local()


def _shutdown(sock: socket.socket | None) -> None:
    if sock is None:
        return
    with contextlib.suppress(OSError):  # already closed or never connected: nothing left to cut
        sock.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """One thread for every deadline of the process: it sleeps until the earliest is due and expires it. (A timer
    thread per request costs a thread start, and on a busy interpreter a GIL hand-over, inside the connection
    slot of every request: about a fifth of a 50 ms answer when many threads run.)"""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._due: list[tuple[float, int, Deadline]] = []  # (monotonic time, tie-breaker, deadline), a heap
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def add(self, deadline: Deadline, budget_s: float) -> None:
        with self._cond:
            entry = (time.monotonic() + budget_s, next(self._order), deadline)
            heapq.heappush(self._due, entry)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="http-deadlines", daemon=True)
                self._thread.start()
            elif self._due[0] is entry:
                self._cond.notify()  # earlier than what the thread sleeps towards

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._due and self._due[0][2].done:
                    heapq.heappop(self._due)  # finished in time: dropped lazily
                if not self._due:
                    self._cond.wait()
                    continue
                delay = self._due[0][0] - time.monotonic()
                if delay > 0:
                    self._cond.wait(delay)
                    continue
                deadline = heapq.heappop(self._due)[2]
            deadline._expire()  # outside the watchdog's lock: it takes the deadline's own


_watchdog = _Watchdog()


def _after_fork() -> None:  # a forked child has no watchdog thread: it starts its own on first use
    global _watchdog
    _watchdog = _Watchdog()


os.register_at_fork(after_in_child=_after_fork)


class Deadline:
    """A total time budget for one HTTP exchange, enforced by cutting its socket when it runs out."""

    def __init__(self, budget_s: float) -> None:
        self.budget_s = budget_s
        self.expired = False
        self.done = False  # the exchange ended: the watchdog forgets it
        self._lock = threading.Lock()
        self._conns: dict[HTTPConnection, socket.socket | None] = {}

    def watch(self, conn: HTTPConnection, sock: socket.socket | None = None) -> None:
        with self._lock:
            self._conns[conn] = sock or self._conns.get(conn)
            if self.expired:  # the budget ran out while a new connection was being made
                _shutdown(conn.sock or sock)

    def unwatch(self, conn: HTTPConnection) -> None:
        # Under the lock: once a connection is back in the pool, another thread may be using it.
        with self._lock:
            self._conns.pop(conn, None)

    def _expire(self) -> None:
        with self._lock:
            if self.done:  # ended just before it was due
                return
            self.expired = True
            for conn, sock in self._conns.items():
                _shutdown(conn.sock or sock)  # conn.sock is the TLS socket once wrapped

    def __enter__(self) -> Deadline:
        _current.deadline = self
        _watchdog.add(self, self.budget_s)
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self.done = True
            self._conns.clear()
        _current.deadline = None


def _deadline() -> Deadline | None:
    return getattr(_current, "deadline", None)


class _WatchedConnectionMixin:
    """Registers every socket a request uses with the calling thread's deadline."""

    sock: socket.socket | None

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # type: ignore[misc]
        if (deadline := _deadline()) is not None:
            deadline.watch(self, sock)  # type: ignore[arg-type]
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        if (deadline := _deadline()) is not None:
            deadline.watch(self)  # type: ignore[arg-type]  # a reused keep-alive connection
        super().request(*args, **kwargs)  # type: ignore[misc]


class _WatchedHTTPConnection(_WatchedConnectionMixin, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_WatchedConnectionMixin, HTTPSConnection):
    pass


class _WatchedPoolMixin:
    def _put_conn(self, conn: HTTPConnection | None) -> None:
        if conn is not None and (deadline := _deadline()) is not None:
            deadline.unwatch(conn)
        super()._put_conn(conn)  # type: ignore[misc]


class _WatchedHTTPPool(_WatchedPoolMixin, HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(_WatchedPoolMixin, HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class WatchedAdapter(HTTPAdapter):
    """requests' adapter with connection pools whose sockets a `Deadline` can cut."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _WATCHED_POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        # SOCKS proxies bring their own pool classes; those keep only the per-read timeouts.
        if manager.pool_classes_by_scheme is urllib3.poolmanager.pool_classes_by_scheme:
            manager.pool_classes_by_scheme = _WATCHED_POOLS
        return manager
