"""Which vote a release is about: a referendum or not, another body's or country's vote, and the text that may name
it (without the page's stamps, its breadcrumb path and the sentences recalling another vote)."""

from __future__ import annotations

import datetime as dt
import re

from sources.cec.hours import is_dateline
from sources.elections import foreign_vote, nearest_election, type_mentions
from sources.figures.asides import other_body_document
from sources.figures.text_layer import figures, split_sentences
from sources.html_text import HtmlPage
from sources.lexicon import load_lexicon

REFERENDUM_DAYS = 14  # a wire that never says "referendum" ("Kazakhstan approves nuclear plant") within days of one


def is_referendum(title: str, text: str, published_on: dt.date | None = None) -> bool:
    """The release reports a referendum: the first vote its title, else its text, names is one ("well below the
    73.12% recorded at the March referendum" in a Kurultai result recalls another vote); a text that names no vote
    is about the calendar's vote of its days, when that is a referendum ("71.12% voting yes")."""
    for part in (title, text):
        named = type_mentions(part)
        if named:
            return named[0].election_type == "referendum"
    if any(word in f"{title}\n{text}".lower() for word in ("референдум", "referendum")):
        return True
    near = nearest_election(published_on, max_days_after=REFERENDUM_DAYS)
    return near is not None and near.election_type == "referendum"


def another_vote(page: HtmlPage, language: str, title: str, text: str) -> str | None:
    """Whose vote the document reports when it is not a national vote of Kazakhstan: a title, or a heading before
    the first figure ("Қостанай облыстық мәслихатының депутаттарын сайлау қорытындылары туралы ХАБАРЫ" under a
    title "Сайлау қорытындылары туралы"), that names only another body; or another country's body named in a
    text with no word of home ("выборы депутатов в Жогорку Кенеш КР")."""
    lexicon = load_lexicon(language)
    lead: list[str] = []
    for paragraph in page.paragraphs:
        if figures(paragraph, language):
            break
        lead.append(paragraph)
    # a lead paragraph that names the body with its results ("… мәслихатының депутаттарын сайлау қорытындылары"),
    # not in passing ("баспасөз мәслихатында мәлімдеді": a press conference)
    heading = [p for p in lead if lexicon.has("result_words", p) and other_body_document(lexicon, p)]
    if found := other_body_document(lexicon, title) or (
            heading and other_body_document(lexicon, "\n".join([title, *lead]))):
        return found
    body = foreign_vote(f"{title}\n{text}")
    return f"the document reports another country's vote ({body})" if body else None


# a page's path ("Главная / Выборы Президента РК 2005 / Итоги 09.12.2005"): where the page sits, no statement
_BREADCRUMB_RE = re.compile(r"[^.!?/›»>]+(?:\s[/›»>]\s[^/›»>]+){2,}")


def vote_text(paragraphs: list[str], language: str) -> str:
    """The paragraphs that may name the page's vote: without the page's stamps and the sentences recalling another."""
    lexicon = load_lexicon(language)
    kept = []
    for paragraph in paragraphs:
        if is_dateline(paragraph) or _BREADCRUMB_RE.fullmatch(paragraph.strip()):
            continue
        kept.append(" ".join(s for s in split_sentences(paragraph)
                             if not any(m.start() <= 2 for m in lexicon.finds("recall_openers", s))))
    return "\n".join(kept)
