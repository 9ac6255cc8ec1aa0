"""The one HTTP session: timeouts, retries, allowed origins, body limits, conditional requests.

Everything that fetches goes through `HttpClient.fetch`; its behaviour is set by `HttpSettings` alone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from kzelect.config import HttpSettings

log = logging.getLogger(__name__)


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
    status: int | None  # HTTP status, None when no answer came
    attempts: int
    body: bytes | None = None  # None unless a complete 200 body within the limits
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None  # why it failed, in words
    refused_redirect: str | None = None  # a redirect target outside the allowed origins

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return self.body is not None


class HttpClient:
    """A requests session confined to `allowed_origins`."""

    def __init__(self, settings: HttpSettings, allowed_origins: Sequence[str]) -> None:
        self.settings = settings
        self.allowed = {origin_of(o) for o in allowed_origins}
        self.session = requests.Session()
        self.session.headers["User-Agent"] = settings.user_agent

    def is_allowed(self, url: str) -> bool:
        return origin_of(url) in self.allowed

    def fetch(
        self, url: str, validators: Validators | None = None, expect_types: Sequence[str] | None = None
    ) -> FetchResult:
        if not self.is_allowed(url):
            return FetchResult(url, None, 0, error=f"outside the allowed origins: {url}")
        headers = {}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        timeout = (self.settings.connect_timeout_s, self.settings.read_timeout_s)
        try:
            resp = self.session.get(url, headers=headers, timeout=timeout, allow_redirects=False)
        except requests.RequestException as exc:
            return FetchResult(url, None, 1, error=f"{type(exc).__name__}: {exc}")
        meta = {
            "content_type": resp.headers.get("Content-Type"),
            "etag": resp.headers.get("ETag"),
            "last_modified": resp.headers.get("Last-Modified"),
        }
        if resp.status_code == 304:
            return FetchResult(url, 304, 1, **meta)
        if resp.status_code != 200:
            return FetchResult(url, resp.status_code, 1, error=f"HTTP {resp.status_code}", **meta)
        return FetchResult(url, 200, 1, body=resp.content, **meta)

    def close(self) -> None:
        self.session.close()
