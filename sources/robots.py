"""robots.txt as RFC 9309 reads it: the rules of one origin, decided from its fetch's outcome.

`sources/http.py` fetches each origin's robots.txt once per client and asks `RobotsRules.refusal` before every
request; what a missing, redirected or failing robots.txt means is decided here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

log = logging.getLogger(__name__)

ROBOTS_PATH = "/robots.txt"
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: crawlers must parse at least 500 KiB
MAX_CRAWL_DELAY_S = 30.0  # a robots.txt Crawl-delay above this would stall a run; capped


@dataclass(frozen=True)
class RobotsRules:
    """One origin's rules: a parsed robots.txt, none at all, or nothing allowed (and why)."""

    parser: RobotFileParser | None = None  # None: everything allowed
    unreachable: str | None = None  # set: nothing allowed (RFC 9309 §2.3.1.4), and why

    def refusal(self, url: str, agent: str) -> str | None:
        if self.unreachable is not None:
            return f"robots.txt unreachable ({self.unreachable}): not fetching {url}"
        if self.parser is not None and not self.parser.can_fetch(agent, url):
            return f"disallowed by robots.txt: {url}"
        return None

    def crawl_delay_s(self, agent: str) -> float | None:
        """The Crawl-delay asked of `agent`, capped so one site cannot stall a run."""
        delay = self.parser.crawl_delay(agent) if self.parser is not None else None
        return min(float(delay), MAX_CRAWL_DELAY_S) if delay else None


def robots_url_of(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, ROBOTS_PATH, "", ""))


def rules_from(
    robots_url: str, body: bytes | None, status: int | None, error: str | None, refused_redirect: bool
) -> RobotsRules:
    """The rules a robots.txt fetch gives. A 4xx (or a redirect not followed) means no rules; a server or network
    failure means the site may be struggling, so nothing is fetched from it in this run."""
    if body is not None:
        parser = RobotFileParser(robots_url)
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        log.info("robots.txt of %s read (%d bytes)", robots_url, len(body))
        return RobotsRules(parser)
    if refused_redirect or (status is not None and 300 <= status < 500 and status != HTTPStatus.TOO_MANY_REQUESTS):
        return RobotsRules()
    log.warning("robots.txt of %s unreachable: %s", robots_url, error)
    return RobotsRules(unreachable=error or f"HTTP {status}")
