"""HttpClient against a hostile server on loopback: each fault, its exact attempt count, what came back.

Retry sleeps are recorded, not slept; the slow faults use sub-second timeouts.
"""

from __future__ import annotations

import dataclasses
import email.utils
import gzip
import itertools
import socket
import statistics
import time
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from kzelect.config import HttpSettings
from sources.http import HttpClient, Validators

from .fault_server import (
    ClientUnderTest,
    FaultServer,
    conditional,
    counted,
    dribble_body,
    dribble_headers,
    endless,
    respond,
    sequence,
    silent,
    truncated,
)

MakeClient = Callable[..., ClientUnderTest]
HUGE_BYTES = 300 * 1024 * 1024
BODY_LIMIT = 4 * 1024 * 1024
MEMORY_CEILING = 32 * 1024 * 1024  # a few times the body limit, far below the huge body
ETAG = '"v1"'
LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT"
TEST_USER_AGENT = HttpSettings().user_agent


# --- retries -----------------------------------------------------------------------------------------------


def test_503_twice_then_success_takes_three_attempts(server: FaultServer, make_client: MakeClient) -> None:
    server.routes["/doc"] = sequence(respond(503), respond(503), respond(200, b"hello"))
    c = make_client([server.url])

    result = c.client.fetch(f"{server.url}/doc")

    assert (result.status, result.attempts, result.body, result.error) == (200, 3, b"hello", None)
    assert server.count("/doc") == 3
    # Exponential backoff with jitter: base × 2^(n-1), scaled into [1 - jitter, 1].
    assert len(c.sleeps) == 2
    assert 0.5 <= c.sleeps[0] <= 1.0
    assert 1.0 <= c.sleeps[1] <= 2.0


def test_persistent_503_gives_up_after_max_attempts(server: FaultServer, make_client: MakeClient) -> None:
    server.routes["/doc"] = respond(503)
    c = make_client([server.url], max_attempts=4)

    result = c.client.fetch(f"{server.url}/doc")

    assert (result.status, result.attempts, result.body) == (503, 4, None)
    assert result.error == "HTTP 503"
    assert len(c.sleeps) == 3
    assert server.count("/doc") == 4


def _http_date_in(seconds: float) -> str:
    return email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=seconds), usegmt=True)


@pytest.mark.parametrize(
    ("status", "retry_after", "expected_s"),
    [
        pytest.param(429, "7", 7.0, id="429-seconds"),
        pytest.param(503, "3", 3.0, id="503-seconds"),
        pytest.param(429, "3600", 10.0, id="429-capped-by-backoff-max"),
        pytest.param(429, None, 5.0, id="429-http-date"),
    ],
)
def test_retry_after_is_honoured(
    server: FaultServer, make_client: MakeClient, status: int, retry_after: str | None, expected_s: float
) -> None:
    header = retry_after if retry_after is not None else _http_date_in(expected_s)
    server.routes["/doc"] = sequence(respond(status, Retry_After=header), respond(200, b"ok"))
    c = make_client([server.url], backoff_max_s=10.0)

    result = c.client.fetch(f"{server.url}/doc")

    assert (result.status, result.attempts, result.body) == (200, 2, b"ok")
    assert len(c.sleeps) == 1
    # An HTTP date has one-second resolution and is read a moment after it was written.
    assert c.sleeps[0] == pytest.approx(expected_s, abs=1.5 if retry_after is None else 1e-9)


@pytest.mark.parametrize("status", [400, 403, 404, 410], ids=lambda s: f"http-{s}")
def test_client_errors_are_not_retried(server: FaultServer, make_client: MakeClient, status: int) -> None:
    server.routes["/doc"] = respond(status, b"nope")
    c = make_client([server.url])

    result = c.client.fetch(f"{server.url}/doc")

    assert (result.status, result.attempts, result.body, result.error) == (status, 1, None, f"HTTP {status}")
    assert c.sleeps == []
    assert server.count("/doc") == 1


def test_connection_refused_is_retried(make_client: MakeClient) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    c = make_client([url], max_attempts=3, respect_robots_txt=False)

    result = c.client.fetch(f"{url}/doc")

    assert (result.status, result.attempts, result.body) == (None, 3, None)
    assert "ConnectionError" in (result.error or "")
    assert len(c.sleeps) == 2


# --- bodies ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("route_count", "attempts", "ok"),
    [
        pytest.param(99, 4, False, id="always-truncated"),
        pytest.param(1, 2, True, id="truncated-once"),
    ],
)
def test_truncated_body_is_an_error(
    server: FaultServer, make_client: MakeClient, route_count: int, attempts: int, ok: bool
) -> None:
    server.routes["/doc"] = sequence(*[truncated(1000, 400)] * route_count, respond(200, b"%" * 1000))
    c = make_client([server.url], max_attempts=4)

    result = c.client.fetch(f"{server.url}/doc")

    assert result.attempts == attempts
    if ok:
        assert result.body == b"%" * 1000 and result.error is None
    else:
        assert result.body is None
        assert "400 of the 1000 bytes announced by Content-Length" in (result.error or "")


@pytest.mark.parametrize("chunked", [True, False], ids=["chunked-no-length", "declared-length"])
def test_huge_body_is_cut_off_with_bounded_memory(
    server: FaultServer, make_client: MakeClient, chunked: bool
) -> None:
    server.routes["/huge.pdf"] = endless(HUGE_BYTES, chunked=chunked)
    c = make_client([server.url], max_body_bytes=BODY_LIMIT)

    tracemalloc.start()
    try:
        result = c.client.fetch(f"{server.url}/huge.pdf", expect_types=("application/pdf",))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert (result.status, result.attempts, result.body) == (200, 1, None)
    assert f"limit of {BODY_LIMIT} bytes" in (result.error or "")
    assert c.sleeps == []  # a size limit is not a transient fault
    assert peak < MEMORY_CEILING, f"peak traced memory {peak} bytes"
    assert server.streams_ended.wait(5), "the server kept streaming after the client let go"
    assert server.bytes_sent < HUGE_BYTES // 10  # the client stopped reading; the rest was never made


def test_compressed_body_is_decoded_and_length_checked_on_the_wire(
    server: FaultServer, make_client: MakeClient
) -> None:
    text = b"<html>" + b"turnout 77.5% " * 5000 + b"</html>"
    server.routes["/page"] = respond(200, gzip.compress(text), Content_Encoding="gzip")
    c = make_client([server.url])

    result = c.client.fetch(f"{server.url}/page")

    assert (result.status, result.attempts, result.body) == (200, 1, text)


def test_compression_bomb_is_cut_off(server: FaultServer, make_client: MakeClient) -> None:
    bomb = gzip.compress(b"\0" * (32 * 1024 * 1024), compresslevel=9)  # 32 KB on the wire
    server.routes["/bomb"] = respond(200, bomb, Content_Encoding="gzip")
    c = make_client([server.url], max_body_bytes=1024 * 1024)

    tracemalloc.start()
    try:
        result = c.client.fetch(f"{server.url}/bomb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert (result.status, result.attempts, result.body) == (200, 1, None)
    assert "limit of 1048576 bytes" in (result.error or "")
    assert peak < 16 * 1024 * 1024, f"peak traced memory {peak} bytes"


@pytest.mark.parametrize(
    ("expect", "ok"),
    [
        pytest.param(None, True, id="no-expectation"),
        pytest.param(("text/html",), True, id="html-expected"),
        pytest.param(("text/*",), True, id="wildcard"),
        pytest.param(("application/pdf",), False, id="pdf-expected"),
    ],
)
def test_content_type_is_checked(
    server: FaultServer, make_client: MakeClient, expect: tuple[str, ...] | None, ok: bool
) -> None:
    server.routes["/page"] = respond(200, b"<html></html>")
    c = make_client([server.url])

    result = c.client.fetch(f"{server.url}/page", expect_types=expect)

    assert (result.status, result.attempts) == (200, 1)
    assert result.ok is ok
    if not ok:
        assert result.body is None
        assert "text/html; charset=utf-8" in (result.error or "")


# --- slow servers ------------------------------------------------------------------------------------------


def test_silent_server_times_out_quickly(server: FaultServer, make_client: MakeClient) -> None:
    server.routes["/doc"] = silent
    c = make_client([server.url], connect_timeout_s=0.5, read_timeout_s=0.5, max_attempts=3)

    # The read timeout ends each attempt (the error says so), not the server's minutes of silence; how long
    # that takes is measured in bench/harvest.py, not asserted here.
    result = c.client.fetch(f"{server.url}/doc")

    assert (result.status, result.attempts, result.body) == (None, 3, None)
    assert "timed out" in (result.error or "").lower()
    assert len(c.sleeps) == 2


@pytest.mark.parametrize("route", [dribble_body, dribble_headers], ids=["dribbled-body", "dribbled-headers"])
def test_dribbling_server_is_cut_by_the_total_budget(
    server: FaultServer, make_client: MakeClient, route: Callable[..., None]
) -> None:
    # Every byte arrives well within the read timeout: only the total budget can stop this.
    server.routes["/doc"] = route
    c = make_client([server.url], read_timeout_s=2.0, total_timeout_s=0.5, max_attempts=2)

    result = c.client.fetch(f"{server.url}/doc")

    assert (result.attempts, result.body) == (2, None)
    assert result.error == "total time budget of 0.5 s exceeded"
    assert len(c.sleeps) == 1


# --- redirects ---------------------------------------------------------------------------------------------


def test_redirect_to_another_origin_is_not_requested(
    server: FaultServer, other_server: FaultServer, make_client: MakeClient
) -> None:
    target = f"{other_server.url}/doc"
    server.routes["/moved"] = respond(302, Location=target)
    other_server.routes["/doc"] = respond(200, b"elsewhere")
    c = make_client([server.url])

    result = c.client.fetch(f"{server.url}/moved")

    assert (result.status, result.attempts, result.body) == (302, 1, None)
    assert result.refused_redirect == target
    assert "outside the allowed origins" in (result.error or "")
    assert other_server.seen == []


def test_redirect_within_the_origin_is_followed(server: FaultServer, make_client: MakeClient) -> None:
    server.routes["/old"] = respond(301, Location="/new")
    server.routes["/new"] = respond(200, b"moved here")
    c = make_client([server.url])

    result = c.client.fetch(f"{server.url}/old")

    assert (result.status, result.attempts, result.body) == (200, 2, b"moved here")
    assert (result.url, result.final_url) == (f"{server.url}/old", f"{server.url}/new")


def test_redirect_loop_stops_at_max_redirects(server: FaultServer, make_client: MakeClient) -> None:
    server.routes["/loop"] = respond(302, Location="/loop")
    c = make_client([server.url], max_redirects=3)

    result = c.client.fetch(f"{server.url}/loop")

    assert (result.status, result.attempts, result.body) == (302, 4, None)
    assert result.error == "more than 3 redirects"


def test_url_outside_the_allowed_origins_is_not_requested(
    server: FaultServer, other_server: FaultServer, make_client: MakeClient
) -> None:
    c = make_client([server.url])

    result = c.client.fetch(f"{other_server.url}/doc")

    assert (result.status, result.attempts, result.body) == (None, 0, None)
    assert "outside the allowed origins" in (result.error or "")
    assert other_server.seen == []


# --- conditional requests ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("use_etag", "use_last_modified"),
    [(True, False), (False, True), (True, True)],
    ids=["etag", "last-modified", "both"],
)
def test_conditional_request_gets_304(
    server: FaultServer, make_client: MakeClient, use_etag: bool, use_last_modified: bool
) -> None:
    server.routes["/doc"] = conditional(ETAG, LAST_MODIFIED, b"report")
    c = make_client([server.url])

    first = c.client.fetch(f"{server.url}/doc")
    assert (first.status, first.body) == (200, b"report")
    assert (first.etag, first.last_modified) == (ETAG, LAST_MODIFIED)

    validators = Validators(etag=first.etag if use_etag else None,
                            last_modified=first.last_modified if use_last_modified else None)
    second = c.client.fetch(f"{server.url}/doc", validators)

    assert (second.status, second.attempts, second.body, second.error) == (304, 1, None, None)
    assert second.not_modified and not second.ok
    sent = server.seen[-1].headers
    assert sent.get("If-None-Match") == (ETAG if use_etag else None)
    assert sent.get("If-Modified-Since") == (LAST_MODIFIED if use_last_modified else None)


# --- politeness --------------------------------------------------------------------------------------------


def test_user_agent_names_the_project_and_a_contact(server: FaultServer, make_client: MakeClient) -> None:
    server.routes["/doc"] = respond(200, b"ok")
    c = make_client([server.url])

    c.client.fetch(f"{server.url}/doc")

    agents = {s.headers.get("User-Agent") for s in server.seen}
    assert agents == {TEST_USER_AGENT}
    assert "kzelect" in TEST_USER_AGENT and "https://" in TEST_USER_AGENT



@pytest.mark.parametrize(
    ("robots", "public_ok"),
    [
        pytest.param("User-agent: *\nDisallow: /private/\n", True, id="disallow-for-all"),
        pytest.param("User-agent: kzelect\nDisallow: /\n\nUser-agent: *\nAllow: /\n", False,
                     id="disallow-for-us"),
    ],
)
def test_robots_txt_is_respected(
    server: FaultServer, make_client: MakeClient, robots: str, public_ok: bool
) -> None:
    server.routes["/robots.txt"] = respond(200, robots.encode(), content_type="text/plain")
    server.routes["/private/doc"] = respond(200, b"secret")
    server.routes["/public"] = respond(200, b"open")
    server.routes["/go-private"] = respond(302, Location="/private/doc")
    c = make_client([server.url])

    private = c.client.fetch(f"{server.url}/private/doc")
    via_redirect = c.client.fetch(f"{server.url}/go-private")
    public = c.client.fetch(f"{server.url}/public")

    assert (private.status, private.attempts, private.body) == (None, 0, None)
    assert "disallowed by robots.txt" in (private.error or "")
    assert "disallowed by robots.txt" in (via_redirect.error or "")
    assert public.ok is public_ok
    assert "/private/doc" not in server.paths()
    assert server.count("/robots.txt") == 1


def test_missing_robots_txt_allows_everything(server: FaultServer, make_client: MakeClient) -> None:
    server.routes["/doc"] = respond(200, b"ok")
    c = make_client([server.url])

    result = c.client.fetch(f"{server.url}/doc")

    assert result.ok and result.attempts == 1
    assert server.paths() == ["/robots.txt", "/doc"]  # robots.txt answered 404


def test_unreachable_robots_txt_stops_the_origin(server: FaultServer, make_client: MakeClient) -> None:
    # RFC 9309: a server error on robots.txt means crawl nothing; the robots request itself is retried.
    server.routes["/robots.txt"] = respond(503)
    server.routes["/doc"] = respond(200, b"ok")
    c = make_client([server.url], max_attempts=2)

    first = c.client.fetch(f"{server.url}/doc")
    second = c.client.fetch(f"{server.url}/doc")

    for result in (first, second):
        assert (result.status, result.attempts, result.body) == (None, 0, None)
        assert "robots.txt unreachable" in (result.error or "")
    assert server.paths() == ["/robots.txt", "/robots.txt"]


def test_robots_txt_is_fetched_once_under_concurrency(server: FaultServer, make_client: MakeClient) -> None:
    server.routes["/robots.txt"] = sequence(lambda h: (time.sleep(0.2), h.reply(200, b"User-agent: *\n"))[1])
    paths = [f"/doc/{i}" for i in range(6)]
    for path in paths:
        server.routes[path] = respond(200, b"ok")
    c = make_client([server.url], max_concurrency_per_origin=3)

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(c.client.fetch, [server.url + p for p in paths]))

    assert all(r.ok for r in results)
    assert server.count("/robots.txt") == 1


@pytest.mark.parametrize("limit", [1, 2, 3], ids=lambda n: f"limit-{n}")
def test_concurrency_per_origin_never_exceeds_the_limit(
    server: FaultServer, make_client: MakeClient, limit: int
) -> None:
    paths = [f"/doc/{i}" for i in range(12)]
    for path in paths:
        server.routes[path] = counted(0.1, b"ok")
    c = make_client([server.url], max_concurrency_per_origin=limit)

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(c.client.fetch, [server.url + p for p in paths]))

    assert all(r.ok and r.attempts == 1 for r in results)
    assert server.max_in_flight == limit  # reached, never exceeded


def test_min_delay_spaces_request_starts(server: FaultServer, make_client: MakeClient) -> None:
    delay = 0.2
    paths = [f"/doc/{i}" for i in range(4)]
    for path in paths:
        server.routes[path] = respond(200, b"ok")
    c = make_client([server.url], max_concurrency_per_origin=2, min_delay_per_origin_s=delay)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(c.client.fetch, [server.url + p for p in paths]))

    assert all(r.ok for r in results)
    starts = sorted(s.at for s in server.seen)  # robots.txt included: it goes through the same limits
    assert len(starts) == 5
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    # The server sees the starts jittered by its own scheduling (worse on a busy machine): the median gap
    # shows the spacing; without it all five would start within a few milliseconds.
    assert statistics.median(gaps) > delay * 0.75, gaps
    assert starts[-1] - starts[0] > 3 * delay * 0.75, gaps


def test_robots_crawl_delay_raises_the_min_delay(server: FaultServer, make_client: MakeClient) -> None:
    server.routes["/robots.txt"] = respond(200, b"User-agent: *\nCrawl-delay: 1\n", content_type="text/plain")
    server.routes["/a"] = respond(200, b"a")
    server.routes["/b"] = respond(200, b"b")
    c = make_client([server.url])

    assert c.client.fetch(f"{server.url}/a").ok
    assert c.client.fetch(f"{server.url}/b").ok

    starts = {s.path: s.at for s in server.seen}
    assert starts["/b"] - starts["/a"] > 0.5


# --- settings ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"connect_timeout_s": 0}, id="no-connect-timeout"),
        pytest.param({"read_timeout_s": -1}, id="negative-read-timeout"),
        pytest.param({"total_timeout_s": 0}, id="no-total-budget"),
        pytest.param({"max_attempts": 0}, id="no-attempts"),
        pytest.param({"max_concurrency_per_origin": 0}, id="no-concurrency"),
    ],
)
def test_settings_without_limits_are_refused(overrides: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=next(iter(overrides))):
        HttpClient(dataclasses.replace(HttpSettings(), **overrides), ["http://127.0.0.1"])
