"""The one HTTP session: timeouts, retries, allowed origins, body limits, politeness, conditional requests.

Everything that fetches goes through `HttpClient.fetch`; its behaviour is set by `HttpSettings` alone.
`fetch` never raises for a network or HTTP problem: it returns a `FetchResult` whose `error` says what
happened, so a permanent failure on one document never stops the others. It is safe to call from many
threads at once (politeness limits are per origin and shared by all threads of one client).
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3.exceptions
from requests.adapters import DEFAULT_POOLSIZE

from kzelect.config import HttpSettings
from sources.deadline import Deadline, WatchedAdapter
from sources.robots import ROBOTS_MAX_BYTES, ROBOTS_PATH, RobotsRules, robots_url_of, rules_from

log = logging.getLogger(__name__)

CHUNK_BYTES = 64 * 1024  # streaming granularity: at most this much is read past max_body_bytes
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
TOO_MANY_REQUESTS = 429
BACKOFF_JITTER = 0.5  # a computed backoff is scaled by uniform(1 - JITTER, 1): parallel retries spread out
MAX_BACKOFF_EXPONENT = 30  # 2**30 × any sane base is already past every backoff_max_s
# Exceptions after which the same request may well succeed: the network, not the request, failed.
RETRYABLE_EXCEPTIONS: tuple[type[BaseException], ...] = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
    urllib3.exceptions.ProtocolError,
    urllib3.exceptions.ReadTimeoutError,
    ConnectionError,
    TimeoutError,
)
READ_ERRORS: tuple[type[BaseException], ...] = (
    requests.RequestException,
    urllib3.exceptions.HTTPError,
    OSError,
)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme, 0)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


@dataclass(frozen=True)
class Validators:
    """What the archive remembers of a URL, for a conditional request."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    url: str  # as requested
    status: int | None  # HTTP status of the last response, None when no answer came
    attempts: int  # HTTP requests sent for this URL: retries and redirect hops included, robots.txt not
    body: bytes | None = None  # None unless a complete 200 body within the limits
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None  # why it failed, in words
    refused_redirect: str | None = None  # a redirect target outside the allowed origins
    final_url: str | None = None  # where the last request went, after redirects within the allowed origins

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return self.body is not None


# --- total time budget -------------------------------------------------------------------------------------
# --- politeness --------------------------------------------------------------------------------------------


@dataclass
class _Origin:
    """Shared per-origin state: concurrency slots, request spacing, robots.txt."""

    slots: threading.Semaphore
    min_delay_s: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0  # monotonic time before which no request may start
    robots_lock: threading.Lock = field(default_factory=threading.Lock)
    robots: RobotsRules | None = None  # None until fetched


@dataclass
class _Outcome:
    """One HTTP request's result, before the retry and redirect loop decides what to do with it."""

    status: int | None
    body: bytes | None = None
    error: str | None = None
    retryable: bool = False
    retry_after_s: float | None = None
    location: str | None = None  # redirect target, absolute
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def _retry_after_s(value: str | None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _type_matches(content_type: str | None, expected: Sequence[str]) -> bool:
    media = _media_type(content_type)
    for want in expected:
        want = want.strip().lower()
        if media == want or (want.endswith("/*") and media.startswith(want[:-1])):
            return True
    return False


class HttpClient:
    """A requests session confined to `allowed_origins`, with retries, limits and politeness."""

    def __init__(
        self,
        settings: HttpSettings,
        allowed_origins: Sequence[str],
        *,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        """`sleep` waits between retries (tests pass a recorder); `rng` draws the backoff jitter."""
        self.settings = settings
        self.allowed = {origin_of(o) for o in allowed_origins}
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._origins: dict[str, _Origin] = {}
        self._origins_lock = threading.Lock()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = settings.user_agent
        # Pool size follows the concurrency limit so keep-alive connections are reused, not discarded.
        adapter = WatchedAdapter(pool_maxsize=max(DEFAULT_POOLSIZE, settings.max_concurrency_per_origin + 1))
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def is_allowed(self, url: str) -> bool:
        return urlsplit(url).scheme in ("http", "https") and origin_of(url) in self.allowed

    def fetch(
        self,
        url: str,
        validators: Validators | None = None,
        expect_types: Sequence[str] | None = None,
    ) -> FetchResult:
        """GET `url`; `expect_types` (e.g. ("application/pdf",), "text/*" allowed) makes any other
        Content-Type on a 200 an error. With `validators`, an unchanged document comes back as a 304."""
        headers: dict[str, str] = {}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        result = self._fetch(url, headers, expect_types, self.settings.max_body_bytes, check_robots=True)
        if result.error:
            log.info("fetch failed after %d request(s): %s: %s", result.attempts, url, result.error)
        return result

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the retry and redirect loop -----------------------------------------------------------------------

    def _fetch(
        self,
        url: str,
        headers: dict[str, str],
        expect_types: Sequence[str] | None,
        max_bytes: int,
        *,
        check_robots: bool,
    ) -> FetchResult:
        if not self.is_allowed(url):
            return FetchResult(url, None, 0, error=f"outside the allowed origins: {url}")
        current, sent, tries, hops = url, 0, 0, 0
        while True:
            if check_robots and (refusal := self._robots_refusal(current)):
                return FetchResult(url, None, sent, error=refusal, final_url=current)
            outcome = self._attempt(current, headers, expect_types, max_bytes)
            sent += 1
            tries += 1
            meta = {"content_type": outcome.content_type, "etag": outcome.etag,
                    "last_modified": outcome.last_modified, "final_url": current}
            if outcome.location is not None:
                target = outcome.location
                if not self.is_allowed(target):
                    refused = f"redirect to {target} outside the allowed origins: not followed"
                    return FetchResult(url, outcome.status, sent, error=refused, refused_redirect=target,
                                       **meta)
                hops += 1
                if hops > self.settings.max_redirects:
                    return FetchResult(url, outcome.status, sent, **meta,
                                       error=f"more than {self.settings.max_redirects} redirects")
                current, tries = target, 0
                continue
            if outcome.retryable and tries < self.settings.max_attempts:
                delay = self._backoff_s(tries, outcome.retry_after_s)
                log.info("retrying %s in %.2f s after %s (attempt %d of %d)",
                         current, delay, outcome.error, tries, self.settings.max_attempts)
                self._sleep(delay)
                continue
            return FetchResult(url, outcome.status, sent, body=outcome.body, error=outcome.error, **meta)

    def _backoff_s(self, failures: int, retry_after_s: float | None) -> float:
        cap = self.settings.backoff_max_s
        if retry_after_s is not None:  # the server said when: no jitter, but never past our cap
            return min(retry_after_s, cap)
        exponent = min(failures - 1, MAX_BACKOFF_EXPONENT)
        delay = min(cap, self.settings.backoff_base_s * 2.0**exponent)
        return delay * self._rng.uniform(1.0 - BACKOFF_JITTER, 1.0)

    # --- one request ---------------------------------------------------------------------------------------

    def _attempt(
        self, url: str, headers: dict[str, str], expect_types: Sequence[str] | None, max_bytes: int
    ) -> _Outcome:
        timeout = (self.settings.connect_timeout_s, self.settings.read_timeout_s)
        with self._slot(origin_of(url)), Deadline(self.settings.total_timeout_s) as deadline:
            try:
                resp = self.session.get(url, headers=headers, timeout=timeout, allow_redirects=False,
                                        stream=True)
            except requests.RequestException as exc:
                return self._failure(exc, deadline, None)
            try:
                return self._read(resp, url, expect_types, max_bytes, deadline)
            finally:
                resp.close()  # an unread body closes the connection rather than draining it

    def _failure(self, exc: BaseException, deadline: Deadline, status: int | None, **meta: Any) -> _Outcome:
        if deadline.expired:
            return _Outcome(status, error=f"total time budget of {deadline.budget_s:g} s exceeded",
                            retryable=True, **meta)
        return _Outcome(status, error=f"{type(exc).__name__}: {exc}",
                        retryable=isinstance(exc, RETRYABLE_EXCEPTIONS), **meta)

    def _read(
        self,
        resp: requests.Response,
        url: str,
        expect_types: Sequence[str] | None,
        max_bytes: int,
        deadline: Deadline,
    ) -> _Outcome:
        status = resp.status_code
        meta: dict[str, Any] = {"content_type": resp.headers.get("Content-Type"),
                                "etag": resp.headers.get("ETag"),
                                "last_modified": resp.headers.get("Last-Modified")}
        if status in REDIRECT_STATUSES:
            location = resp.headers.get("Location")
            if not location:
                return _Outcome(status, error=f"HTTP {status} without a Location header", **meta)
            return _Outcome(status, location=urljoin(url, location.strip()), **meta)
        if status == 304:
            return _Outcome(status, **meta)
        if status == TOO_MANY_REQUESTS or 500 <= status <= 599:
            return _Outcome(status, error=f"HTTP {status}", retryable=True,
                            retry_after_s=_retry_after_s(resp.headers.get("Retry-After")), **meta)
        if status != 200:
            return _Outcome(status, error=f"HTTP {status}", **meta)
        if expect_types and not _type_matches(meta["content_type"], expect_types):
            return _Outcome(status, error=f"Content-Type {meta['content_type']!r} is not one of "
                                          f"{', '.join(expect_types)}", **meta)
        declared: int | None = None
        if "Content-Length" in resp.headers and "Transfer-Encoding" not in resp.headers:
            try:
                declared = int(resp.headers["Content-Length"])
            except ValueError:
                bad = resp.headers["Content-Length"]
                return _Outcome(status, error=f"unreadable Content-Length {bad!r}", **meta)
            if declared > max_bytes:
                return _Outcome(status, error=f"Content-Length {declared} exceeds the limit of {max_bytes} "
                                              "bytes", **meta)
        body = bytearray()
        try:
            for chunk in resp.iter_content(CHUNK_BYTES):
                if len(body) + len(chunk) > max_bytes:
                    return _Outcome(status, error=f"body exceeds the limit of {max_bytes} bytes", **meta)
                body += chunk
        except READ_ERRORS as exc:
            if not deadline.expired and declared is not None and resp.raw.tell() < declared:
                return _Outcome(status, error=f"body truncated: {resp.raw.tell()} of the {declared} bytes "
                                              f"announced by Content-Length ({type(exc).__name__})",
                                retryable=True, **meta)
            return self._failure(exc, deadline, status, **meta)
        if deadline.expired:  # a body without length ends "cleanly" when the deadline cuts the socket
            return _Outcome(status, error=f"total time budget of {deadline.budget_s:g} s exceeded",
                            retryable=True, **meta)
        if declared is not None and resp.raw.tell() != declared:
            return _Outcome(status, error=f"body of {resp.raw.tell()} bytes differs from Content-Length "
                                          f"{declared}", retryable=True, **meta)
        return _Outcome(status, body=bytes(body), **meta)

    # --- politeness ----------------------------------------------------------------------------------------

    def _origin(self, origin: str) -> _Origin:
        with self._origins_lock:
            state = self._origins.get(origin)
            if state is None:
                state = self._origins[origin] = _Origin(
                    threading.Semaphore(self.settings.max_concurrency_per_origin),
                    self.settings.min_delay_per_origin_s,
                )
            return state

    @contextmanager
    def _slot(self, origin: str) -> Iterator[None]:
        """Hold one of the origin's concurrency slots, starting min_delay or more after the last start."""
        state = self._origin(origin)
        with state.slots:
            with state.lock:
                now = time.monotonic()
                start = max(now, state.next_start)
                state.next_start = start + state.min_delay_s
            if start > now:
                time.sleep(start - now)  # real time, not the injectable retry sleep: spacing is the point
            yield

    def _robots_refusal(self, url: str) -> str | None:
        if not self.settings.respect_robots_txt or urlsplit(url).path == ROBOTS_PATH:
            return None
        state = self._origin(origin_of(url))
        with state.robots_lock:  # one fetch per origin; the other threads wait for its rules
            if state.robots is None:
                state.robots = self._load_robots(url, state)
        return state.robots.refusal(url, self.settings.user_agent)

    def _load_robots(self, url: str, state: _Origin) -> RobotsRules:
        robots_url = robots_url_of(url)
        result = self._fetch(robots_url, {}, None, ROBOTS_MAX_BYTES, check_robots=False)
        rules = rules_from(robots_url, result.body, result.status, result.error, result.refused_redirect)
        delay = rules.crawl_delay_s(self.settings.user_agent)
        if delay:
            with state.lock:
                state.min_delay_s = max(state.min_delay_s, delay)
        return rules
