"""What a CEC release is, by its content: the figures it yields first, its words second.

A release whose clauses give figures to contestants is a results release, whatever its title ("turnout
results", "О результатах …", "CEC: final results"); one whose figures are turnout (regions, an hour) is
a turnout bulletin even when a table lists regions; the words of the title and the opening decide
between preliminary and final (a decree, "Постановление … об итогах", is final; so is a title naming the results
with no stage, "Об итогах выборов", unless the opening calls them preliminary; "the final results will be
established later" makes a release preliminary, even when it says "окончательные"; so does a text that calls its
own figures preliminary, "по предварительным данным", unless its title or opening says final).
"""

from __future__ import annotations

import datetime as dt

from sources.lexicon import Lexicon, all_lexicons
from sources.records import DocKind

OPENING = 600  # characters of the text that speak for the whole release
PRELIMINARY_DAYS = 1  # results published this many days after the vote, at most, are preliminary


def _any(lexicons: list[Lexicon], section: str, text: str) -> bool:
    return any(lx.has(section, text) for lx in lexicons)


def _pending(lexicons: list[Lexicon], text: str) -> bool:
    """The text says its final results are still to come, in words no `not_pending` phrase explains otherwise ("в
    Мажилисе будут представлены шесть партий": the parties will be represented, no result is pending)."""
    for lx in lexicons:
        other = [(m.start(), m.end()) for m in lx.finds("not_pending", text)]
        if any(not any(a <= m.start() < b for a, b in other) for m in lx.finds("pending_final", text)):
            return True
    return False


def stated_stage(title: str, text: str) -> str | None:
    """'preliminary' or 'final' as the title, else the opening of the text, says it; None when neither does."""
    lexicons = all_lexicons()
    if _any(lexicons, "preliminary_words", title):
        return "preliminary"
    if _any(lexicons, "final_words", title):
        return "final"
    opening = text[:OPENING]
    if _pending(lexicons, text):
        return "preliminary"
    if calls_preliminary(text) and not _any(lexicons, "final_words", f"{title}\n{opening}"):
        return "preliminary"  # a recap days later of figures it calls preliminary ("по предварительным данным")
    if _any(lexicons, "preliminary_words", opening) and not _any(lexicons, "final_words", opening):
        return "preliminary"
    if _any(lexicons, "final_words", f"{title}\n{opening}") or _any(lexicons, "results_named", title):
        return "final"
    return None


def final_pending(text: str) -> bool:
    """The release says its final results are yet to come ("will be established later"): preliminary, whenever."""
    return _pending(all_lexicons(), text)


def calls_preliminary(text: str) -> bool:
    """The text calls its own figures preliminary ("по предварительным данным", "preliminary results show", "алдын
    ала деректер бойынша"): however late it appears, it restates the preliminary count, never the final one."""
    return _any(all_lexicons(), "own_preliminary", text)


def stage_of(title: str, text: str) -> str:
    """The stated stage; a release that states none is taken as final (see `stage_by_timing`)."""
    return stated_stage(title, text) or "final"


def stage_by_timing(published_on: dt.date | None, election_date: dt.date | None) -> str | None:
    """The stage of a results release that states none, from when it appeared: results published on the day of
    the vote or the day after can only be preliminary (the final ones wait for every commission's protocol)."""
    if published_on is None or election_date is None:
        return None
    return "preliminary" if 0 <= (published_on - election_date).days <= PRELIMINARY_DAYS else None


def classify(title: str, text: str, *, contestant_figures: int | None = None,
             turnout_figures: int | None = None, clock: str | None = None, rivals: int | None = None,
             echoes: bool = False, national_turnout: bool = False) -> DocKind:
    """The kind of a release from what its clauses yielded and what its words say.

    `contestant_figures`: how many figures the binder gave to contestants (read in results mode);
    `turnout_figures`: how many turnout figures it read in turnout mode; `clock`: an hour it states;
    `rivals`: the most contestants the binder found in one area (a result has two at least; a turnout
    bulletin misread as results has one label with a figure per region).
    `echoes`: every turnout figure is one the results reading gave to a contestant named in one area ("за
    Назарбаева проголосовали 95,5 процента избирателей" is his share, not a turnout).
    `national_turnout`: the words bound a share of the country's listed voters who voted ("Тізімге енгізілген
    сайлаушылардың 63,4 пайызы дауыс берді"): a statement of turnout by meaning, with no hour or turnout word.
    Called without figures (a page nobody could read further), the words alone decide.
    """
    if contestant_figures is None and turnout_figures is None:
        return _by_words(title, text)
    contestant_figures = contestant_figures or 0
    lexicons = all_lexicons()
    head = f"{title}\n{text[:OPENING]}"
    says_results = _any(lexicons, "result_words", title)
    says_turnout = _any(lexicons, "turnout_words", head) or clock is not None or national_turnout
    # a title that names results of no vote ("Генеральная прокуратура: итоги надзора …") gives way to an opening
    # about violations when the text binds no figure to a contestant or to the turnout
    says_violations = _any(lexicons, "violation_words", title) or (
        (not title or not (contestant_figures or turnout_figures)) and _any(lexicons, "violation_words",
                                                                           text[:OPENING]))
    lone = rivals is not None and rivals < 2  # no two contestants anywhere: no result set
    if contestant_figures and echoes:
        return "results_preliminary" if stage_of(title, text) == "preliminary" else "results_final"
    if lone and turnout_figures and says_turnout:
        return "turnout"
    if contestant_figures >= 2 or (contestant_figures and says_results):
        return "results_preliminary" if stage_of(title, text) == "preliminary" else "results_final"
    if turnout_figures and says_turnout:
        return "turnout"
    if says_violations:
        return "violations"
    if says_results and not says_turnout:
        return "results_preliminary" if stage_of(title, text) == "preliminary" else "results_final"
    if turnout_figures and _any(lexicons, "turnout_words", text):
        return "turnout"
    if _any(lexicons, "violation_words", text[:OPENING]):
        return "violations"
    return "other"


def _by_words(title: str, text: str) -> DocKind:
    lexicons = all_lexicons()
    head = f"{title}\n{text[:OPENING]}"
    if _any(lexicons, "result_words", title) and not _any(lexicons, "violation_words", title):
        return "results_preliminary" if stage_of(title, text) == "preliminary" else "results_final"
    if _any(lexicons, "turnout_words", head):
        return "turnout"
    if _any(lexicons, "violation_words", head):
        return "violations"
    return "other"
