"""Invented CEC press releases for the tests: one page builder and one parse, shared by tests/cec and tests/figures.

A test writes only its title and paragraphs; the page around them is always the same shape, so what differs
between tests is what the release says. The small variations are arguments:
- `date`: the release's `<time datetime>` (its publication date), or None for a page without one;
- `heading`: an `<h1>` other than the title ("Итоги" in the tab, "Final results" on the page);
- `site`: a suffix to the tab's title (" | ЦИК"), as the site's own pages carry;
- a paragraph that starts with "<" is raw HTML (a table, a list) and is passed as written; any other is a `<p>`.
`parse_page` reads a page as the release at the site's URL; its language is the URL's prefix, given as the
page's language ("ru", "kk", "en") or as the prefix itself ("rus", "kaz", "eng").
"""

from __future__ import annotations

from sources.cec.release import parse_release
from sources.records import Extraction

URL = "https://www.election.gov.kz/{prefix}/news/releases/index.php?ID={release}"
PREFIX = {"ru": "rus", "kk": "kaz", "en": "eng"}  # the page's language → the URL's language prefix


def release_page(title: str, *paragraphs: str, lang: str = "ru", date: str | None = "2022-11-21",
                 heading: str | None = None, site: str = "") -> bytes:
    """An invented release: `<title>` (with the `site` suffix), its date, `<h1>` and paragraphs."""
    body = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paragraphs)
    time = f'<time datetime="{date}">{date}</time>' if date is not None else ""
    return (f'<html lang="{lang}"><head><title>{title}{site}</title></head><body><article>'
            f"{time}<h1>{heading or title}</h1>{body}</article></body></html>").encode()


def parse_page(body: bytes | str, lang: str = "ru", release: int = 77) -> Extraction:
    """The extraction of a release page as served at release `release` of the site in `lang`."""
    raw = body.encode() if isinstance(body, str) else body
    return parse_release(raw, "doc", URL.format(prefix=PREFIX.get(lang, lang), release=release))
