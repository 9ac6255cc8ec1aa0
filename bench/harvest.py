"""Harvest benchmark: N documents served on loopback with injected latency, fetched through HttpClient
by a thread pool under the politeness limits, against the ideal N × latency / concurrency.

The baseline, measured in the same run on the same server, is the naive harvester: one plain
`requests.get` after another. Run: `.venv/bin/python -m bench.harvest` (or `python bench/harvest.py`).
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

from kzelect.config import HttpSettings
from sources.http import HttpClient

N_DOCUMENTS = 40
LATENCY_S = 0.05
CONCURRENCY_PER_ORIGIN = 2  # HttpSettings' default
WORKERS = 4  # Settings.fetch_workers' default: more threads than slots, as in a real run
DOCUMENT_BYTES = 32 * 1024


class LatencyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, the second waits for the client's delayed ACK
    # (~40 ms on Linux) on every keep-alive request. Production servers set TCP_NODELAY; so does this one.
    disable_nagle_algorithm = True
    latency_s = LATENCY_S
    body = b"%PDF-1.4 " + b"x" * (DOCUMENT_BYTES - 9)

    def do_GET(self) -> None:
        time.sleep(self.latency_s)  # every answer, robots.txt included, costs the same
        if self.path == "/robots.txt":
            body, status, ctype = b"User-agent: *\nDisallow: /private/\n", 200, "text/plain"
        else:
            body, status, ctype = self.body, 200, "application/pdf"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(latency_s: float) -> Iterator[str]:
    handler = type("Handler", (LatencyHandler,), {"latency_s": latency_s})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def run_client(base: str, urls: list[str], concurrency: int, workers: int) -> tuple[float, int]:
    settings = HttpSettings(max_concurrency_per_origin=concurrency)
    with HttpClient(settings, [base]) as client, ThreadPoolExecutor(workers) as pool:
        started = time.perf_counter()
        results = list(pool.map(lambda u: client.fetch(u, expect_types=("application/pdf",)), urls))
        wall = time.perf_counter() - started
    return wall, sum(r.ok for r in results)


def run_baseline(urls: list[str]) -> tuple[float, int]:
    ok = 0
    started = time.perf_counter()
    for url in urls:
        resp = requests.get(url, timeout=30)
        ok += resp.status_code == 200 and len(resp.content) > 0
    return time.perf_counter() - started, ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=N_DOCUMENTS)
    parser.add_argument("--latency", type=float, default=LATENCY_S, help="seconds per answer")
    parser.add_argument("--concurrency", type=int, default=CONCURRENCY_PER_ORIGIN, help="per origin")
    parser.add_argument("--workers", type=int, default=WORKERS, help="fetching threads")
    args = parser.parse_args(argv)

    with serve(args.latency) as base:
        urls = [f"{base}/doc/{i}.pdf" for i in range(args.documents)]
        client_s, client_ok = run_client(base, urls, args.concurrency, args.workers)
        baseline_s, baseline_ok = run_baseline(urls)

    ideal_s = args.documents * args.latency / args.concurrency
    print(f"harvest: {args.documents} documents × {args.latency * 1000:.0f} ms latency, "
          f"{args.concurrency} per origin, {args.workers} workers")
    print(f"  ideal (N × latency / concurrency)    {ideal_s:7.3f} s")
    print(f"  HttpClient, thread pool              {client_s:7.3f} s  ratio {client_s / ideal_s:5.2f}  "
          f"({client_ok}/{args.documents} ok; robots.txt included)")
    print(f"  baseline: sequential requests.get    {baseline_s:7.3f} s  ratio {baseline_s / ideal_s:5.2f}  "
          f"({baseline_ok}/{args.documents} ok; no limits, no robots.txt)")
    return 0 if client_ok == baseline_ok == args.documents else 1


if __name__ == "__main__":
    raise SystemExit(main())
