"""A CEC press release (HTML, Russian, Kazakh or English) → its kind, election, results and turnout.

Page and layout only: the page becomes blocks (paragraphs, then their sentences and clauses, and
tables); `sources.figures` binds each figure to its subject; `sources.cec.classify` names the kind by
what was read. Nothing found is never an error: an unreadable clause or cell becomes an `Unread`, and
a page with no title is still an Extraction of kind 'other'. Only bytes that are no page raise.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from sources.cec.classify import calls_preliminary, classify, final_pending, stage_by_timing, stage_of, stated_stage
from sources.cec.hourly import hours_off_the_vote, states_hours, with_hours
from sources.cec.hours import any_hour, clocks_of, dates_itself, hour_before, is_dateline, one_hour, written_clock
from sources.cec.infobox import infobox_tables
from sources.cec.issuer import BELOW_REGION_RESULT, in_issuers_area
from sources.cec.label_records import label_records
from sources.cec.letter_case import sentence_cased
from sources.cec.page_vote import another_vote, is_referendum, vote_text
from sources.cec.piped_infobox import piped_infoboxes
from sources.cec.repairs import rejoined, requoted, unglued
from sources.cec.tables import read_table
from sources.cec.text_tables import area_lines, text_tables
from sources.cec.titles import title_figures
from sources.claims import read_claims
from sources.elections import find_election, recounts_history
from sources.figures.asides import agrees_with, earlier_vote, exit_poll
from sources.figures.binder import Binder
from sources.figures.by_arithmetic import page_lines, read_by_arithmetic
from sources.figures.claims import Located, assemble
from sources.figures.mentions import Mention
from sources.figures.readings import UNPAIRED
from sources.figures.regions import region_names
from sources.figures.text_layer import (
    figures,
    find_clock,
    split_clauses,
    split_sentences,
    stated_clock,
)
from sources.html_text import HtmlPage, read_html
from sources.lexicon import all_lexicons, load_lexicon
from sources.records import ClaimContext, Evidence, Extraction, Language, ParseError, Stage, TextBlock, Unread
from sources.text.language import guess_language
from sources.text.latin_kazakh import from_latin_2021, from_latin_older, is_latin_2021, is_latin_older
from sources.text.scripts import from_arabic_kazakh, is_arabic_script

LANGUAGE_BY_PREFIX: dict[str, Language] = {"rus": "ru", "kaz": "kk", "eng": "en"}


@cache
def kazakh_vocabulary() -> tuple[str, ...]:
    """The Kazakh words the readers know (the lexicon's words and stems, the region names): the spellings an
    Arabic-script page is brought back to."""
    words: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, str):
            for word in re.split(r"[\s~]+", node):
                words.update(w.strip("*«»\"") for w in word.split("|"))

    walk(load_lexicon("kk").data)
    words.update(w for r in region_names() for w in r.core.split())
    return tuple(sorted(w for w in words if len(w) >= 4 and re.fullmatch(r"[а-яёәғқңөұүһі-]+", w.lower())))


def language_of(url: str, page: HtmlPage) -> Language:
    path = url.split("://", 1)[-1].split("/", 2)
    prefix = path[1] if len(path) > 1 else ""
    if prefix in LANGUAGE_BY_PREFIX:
        return LANGUAGE_BY_PREFIX[prefix]
    # a copy outside the CEC's site (a news agency's page) says its language by its words: a template's lang
    # attribute is the site's, often absent or "ru" over an English or Kazakh story
    declared: Language = {"kz": "kk", "kk": "kk", "en": "en"}.get((page.lang or "ru")[:2], "ru")  # type: ignore[assignment]
    return guess_language("\n".join([page.title, *page.paragraphs]), default=declared)


def _sentence_stage(sentence: str, stage: Stage) -> Stage:
    """A final release that quotes its preliminary figures: those sentences keep their own stage. A final agreeing
    with the preliminary count ("получил, как и по предварительным данным, второе место") quotes nothing."""
    if stage == "final" and any(
        not agrees_with(sentence, m.start()) for lx in all_lexicons() for m in lx.finds("preliminary_words", sentence)
    ):
        return "preliminary"
    return stage


def rivals_in_one_area(located: list[Located]) -> int:
    """The most contestants given figures in one area: a result sets contestants against each other, while a
    turnout bulletin misread as results gives one "contestant" (a lead-in, a speaker) a figure per region."""
    by_area: dict[str | None, set[str | None]] = {}
    for item in located:
        if item.reading.subject == "contestant":
            by_area.setdefault(item.reading.region_name, set()).add(item.reading.name)
    return max((len(names) for names in by_area.values()), default=0)


def _echoes(as_results: list[Located], as_turnout: list[Located]) -> bool:
    """Every turnout figure was read, in results mode, as the figure of a contestant named in one area only."""
    given = {(x.reading.clause, x.reading.figure.start) for x in as_results if x.reading.subject == "contestant"}
    areas = {x.reading.region_name for x in as_results if x.reading.subject == "contestant"}
    own = [x for x in as_turnout if x.reading.subject == "indicator"
           and (x.reading.clause, x.reading.figure.start) not in given]
    return bool(given) and not own and len(areas) == 1


def read_figures(page: HtmlPage, document_id: str, language: str, kind: str, stage: Stage,
                 as_of: str | None, referendum: bool, vote_date: dt.date | None = None) -> tuple[list[Located], list]:
    """Every figure of the page bound, in `kind` mode ('results' or 'turnout'); `vote_date`, an undated page's
    own vote (the one its text names), against which a sentence about another year is another vote's."""
    binder = Binder(language, kind, referendum=referendum, published_on=page.published_on, vote_date=vote_date)
    _bind_page(page, binder)  # first pass: meet every name the page gives
    binder.restart()
    located, unread = _bind_page(page, binder, document_id, kind, stage, as_of)
    binder.restart()  # the title stands apart: no list or pronoun of the body reaches it
    titled, title_unread = title_figures(page.title, binder, located, document_id, _sentence_stage(page.title, stage),
                                         as_of if kind == "turnout" else None)
    located, unread = located + titled, unread + title_unread
    if kind == "results":  # the fallback: the rows the shape readers left, bound by their block's arithmetic
        located, unread = read_by_arithmetic(page.title, page_lines(page.paragraphs, [t.rows for t in page.tables]),
                                             binder, located, unread, document_id, stage)
    # a region's or a district's commission states its own area's figures
    located, elsewhere = in_issuers_area(located, page.title, page.paragraphs, language, binder.lexicon)
    return located, unread + elsewhere


def _bind_page(page: HtmlPage, binder: Binder, document_id: str = "", kind: str = "results",
               stage: Stage = "final", as_of: str | None = None) -> tuple[list[Located], list]:
    located: list[Located] = []
    unread: list = []
    carried: str | None = None  # the hour of the last paragraph with figures: "Including: …" follows it
    # the sentence naming an exit poll as the source of the figures that follow; a title that names a poll
    # ("Опросы показали около 70% за X") makes it the source from the start
    poll: str | None = page.title if page.title and exit_poll(page.title) and not binder.lexicon.has(
        "commission_words", page.title) else None
    paragraphs, lined = text_tables(page.paragraphs)  # a wire's table printed as lines is a table
    paragraphs, areas = area_lines(paragraphs)  # so are a regions × contestants table's rows printed as lines
    lined = [*lined, *areas]
    paragraphs, boxed = infobox_tables(paragraphs, binder.lexicon)  # so is an infobox with contestants in columns
    paragraphs, recorded = label_records(paragraphs, binder.lexicon)  # and a box of "Party: X" / "Seats won: N" lines
    paragraphs, piped = piped_infoboxes(paragraphs, binder.lexicon)  # and an infobox copied with its borders
    boxed = [*boxed, *recorded, *piped]
    last_scene: str | None = None
    home = _place_of(binder, page.title) if page.title else None  # the one region a page's title is about
    for paragraph in paragraphs:
        binder.new_block()
        stated = None if is_dateline(paragraph) else stated_clock(paragraph)  # a page's own time states no hour
        block_clock = (stated or carried) if kind == "turnout" else None
        if kind == "turnout" and stated and (
                paragraph.rstrip().endswith(":") or _states_participation(binder, paragraph)):
            # a lead-in "Өңір бойынша 16.00-ге дейін дауыс берді:" gives the list below its hour; "По состоянию на
            # 09:00 подсчёт голосов завершён на всех участках" gives none (the hour the count ended)
            carried = stated
        # "10 января 1999 года состоялись выборы." sets the next sentence's vote too, and the next paragraph's when
        # it refers back to that time ("Amanat тогда получила …")
        scene = last_scene if last_scene and binder.lexicon.has("then_words", paragraph) else None
        place: Mention | None = None  # the region the sentence before named, stating no figure
        for sentence in split_sentences(paragraph):
            # "exit-poll qorytyndysy boıynsha Májiliske alty partııa ótti." then the list: the poll's until the
            # commission is named again
            poll = _poll_source(binder, sentence, poll)
            context = " ".join(s for s in (poll, scene, sentence) if s)
            # the other vote holds for the rest of its paragraph ("Presidential elections were held on 10 January
            # 1999. … Voter turnout was reported to be 87%.") until a sentence dates itself again
            if earlier_vote(sentence, binder.language, page.published_on, binder.vote_date):
                scene = sentence
            elif dates_itself(sentence, binder.language):
                scene = None
            # "The lowest is, as usual, in Almaty city. Only 15,38 per cent of the megapolis voted.": a figure with no
            # region right after a sentence that names one and states nothing is that region's, not the country's
            after_place, place = place, _place_of(binder, sentence) if kind == "turnout" else None
            sentence_stage = _sentence_stage(sentence, stage)
            # the hour of the sentence that states the figure, else its paragraph's (or the one before it),
            # else the release's ("на 18 часов" in the title)
            clock = ((stated and stated_clock(sentence)) or block_clock or as_of) if kind == "turnout" else None
            if clock and not stated and binder.lexicon.has("final_words", sentence):
                # "the final turnout was 62%" after the day's hours: the day's figure, not the last hour's (only a
                # title's own hour holds for it)
                clock = find_clock(page.title) if page.title else None
            evidence = Evidence(document_id, paragraph if kind == "turnout" else sentence)
            for clause in split_clauses(sentence):
                read = binder.bind(clause, sentence=context)
                if poll and poll != sentence and not exit_poll(sentence) and not any(
                        m.kind in {"contestant", "pronoun"} for m in binder.finder.find(clause)):
                    # a poll measures the contestants' shares, never the turnout: a clause in its scope that names
                    # no contestant ("проголосовало 77,4% избирателей") is the commission's
                    read = binder.bind(clause, sentence=" ".join(s for s in (scene, sentence) if s))
                clocks = clocks_of(clause, binder.language) if clock is not None else []
                unread.extend(read.unread)
                for reading in read.readings:
                    if home and not after_place and reading.region_name is None and binder.lexicon.has(
                            "region_anaphors", clause) and not binder.lexicon.has("national_words", clause):
                        # an akimat's page on its region ("как голосовала Карагандинская область"): "в области
                        # высказались 86,71%" is that region's figure
                        reading = replace(reading, region_name=home.name, region_code=home.key)
                    if after_place and reading.subject == "indicator" and reading.region_name is None \
                            and binder.lexicon.has("region_anaphors", clause):
                        # "Қызылорда облысының тұрғындары белсенді. Өңір халқының 76,15 пайызы дауыс берген."
                        reading = replace(reading, region_name=after_place.name, region_code=after_place.key)
                    elif after_place and reading.subject == "indicator" and reading.region_name is None:
                        unread.append(Unread(clause, f"{reading.figure.text}: no region, after a sentence naming one",
                                             reading.figure.text))
                        continue
                    turnout_evidence = Evidence(document_id, paragraph) if reading.subject == "indicator" else evidence
                    located.append(Located(reading, turnout_evidence, sentence_stage,
                                           hour_before(clocks, reading.figure.start) or clock))
        last_scene = scene
    for table in [*page.tables, *lined, *boxed]:
        binder.new_block()
        readings, table_unread = read_table(table, binder)
        unread.extend(table_unread)
        for reading, clock in readings:
            located.append(Located(reading, Evidence(document_id, reading.clause), stage,
                                   (clock or as_of) if kind == "turnout" else None))
    return located, unread


def _states_participation(binder: Binder, paragraph: str) -> bool:
    """The paragraph states a turnout: a share, or a count of those who voted."""
    return any(n.kind == "share" for n in figures(paragraph, binder.language)) or any(
        m.kind == "indicator" and m.key in {"turnout", "ballots_cast"} for m in binder.finder.find(paragraph))


def _poll_source(binder: Binder, sentence: str, poll: str | None) -> str | None:
    """The sentence that named an exit poll as the figures' source, still in force after `sentence`."""
    if binder.lexicon.has("exit_poll_source", sentence):
        return sentence
    return None if binder.lexicon.has("commission_words", sentence) else poll


def _place_of(binder: Binder, sentence: str) -> Mention | None:
    """The one region a sentence stating no figure names ("Ең төмен көрсеткіш Алматы қаласында."), else None."""
    if figures(sentence, binder.language):
        return None
    regions = {m.key: m for m in binder.finder.find(sentence) if m.kind == "region"}
    return next(iter(regions.values())) if len(regions) == 1 else None


def parse_release(body: bytes, document_id: str, url: str, content_type: str | None = None) -> Extraction:
    if not body.strip() or body[:5] == b"%PDF-" or b"<" not in body[:4096]:
        raise ParseError(f"{url}: not an HTML page")
    page = read_html(body, content_type)
    if is_arabic_script(page.title + " ".join(page.paragraphs[:5])):
        # an Arabic-script Kazakh mirror (tote jazu): read in Cyrillic, where the Kazakh words and regions are
        known = kazakh_vocabulary()
        page = replace(page, head_title=from_arabic_kazakh(page.head_title, known),
                       headings=[from_arabic_kazakh(h, known) for h in page.headings],
                       paragraphs=[from_arabic_kazakh(p, known) for p in page.paragraphs])
    head = page.title + " ".join(page.paragraphs[:5])
    # the Kazakh Latin alphabet of 2021 ("Aqtöbe oblysy boiynşa") or an older ad-hoc spelling ("oblysynyng",
    # "qúrap"): read in the 2018 one the lexicon and the regions are spelt in
    respell = from_latin_2021 if is_latin_2021(head) else from_latin_older if is_latin_older(head) else None
    if respell is not None:
        page = replace(page, head_title=respell(page.head_title), headings=[respell(h) for h in page.headings],
                       paragraphs=[respell(p) for p in page.paragraphs])
    page = replace(page, paragraphs=rejoined([requoted(unglued(p)) for p in page.paragraphs]))
    title = page.title
    language = language_of(url, page)
    if (cased := sentence_cased(page.paragraphs, load_lexicon(language))) is not None:
        page = replace(page, paragraphs=cased)  # "According To The Data Of …": capitals that name nobody
    text = "\n".join(page.paragraphs)
    # what names the vote: not a page's own stamp ("Бүгін, 11:48 · Референдум · 07 қазан 2024" is when it appeared),
    # nor a sentence recalling an earlier one ("Напомним, на выборах 10 января 1999 года за него было подано …")
    dated = vote_text(page.paragraphs, language)
    referendum = is_referendum(title, text, page.published_on)
    stage: Stage = "preliminary" if stage_of(title, text) == "preliminary" else "final"
    lead_clock = next((c for p in page.paragraphs[:3] if not is_dateline(p) and (c := written_clock(p))), None)
    as_of = find_clock(title) or lead_clock or one_hour(page)
    # any written hour (a page's stamp, polls open "с 07:00 до 20:00") says a voting-day item, though the figures
    # are not "as of" it
    hours = as_of or find_clock(title) or next((c for p in page.paragraphs[:3] if not is_dateline(p)
                                                and (c := find_clock(p))), None) or any_hour(page)

    # an undated page's own vote: the one its title names, else its text
    own = (find_election(title) or find_election(f"{title}\n{dated}")) if page.published_on is None else None
    vote_date = own.election_date if own is not None else None
    as_results, results_unread = read_figures(page, document_id, language, "results", stage, None, referendum,
                                              vote_date)
    # figures "respectively" gives to contestants, unread because the pairing is unknown, and a district's results,
    # unread because the district is no area of the warehouse, still say results
    unpaired = sum(1 for u in results_unread if UNPAIRED in u.reason or BELOW_REGION_RESULT in u.reason)
    contestant_figures = sum(1 for x in as_results if x.reading.subject == "contestant") + unpaired
    rivals = max(rivals_in_one_area(as_results), 2 if unpaired else 0)
    if referendum and any(x.reading.contestant_type == "option" and x.reading.region_name is None
                          for x in as_results):
        # a referendum's result set may name one answer only ("N citizens voted for a positive decision"): a
        # national figure given to an answer is a result; a turnout bulletin gives none (its figures have indicators)
        rivals, contestant_figures = max(rivals, 2), max(contestant_figures, 2)
    if any(x.reading.subject == "contestant" and x.reading.field == "seats" and x.reading.region_name is None
           for x in as_results):
        # "the Fatherland party, which won 23 of the 77 seats": seats are a result even of one party named alone
        # (no turnout bulletin speaks of seats)
        rivals, contestant_figures = max(rivals, 2), max(contestant_figures, 2)
    as_turnout, turnout_unread = [], []
    if contestant_figures < 2 or rivals < 2:
        as_turnout, turnout_unread = read_figures(page, document_id, language, "turnout", "preliminary", as_of,
                                                  referendum, vote_date)
    turnout_figures = sum(1 for x in as_turnout if x.reading.subject == "indicator")
    # a share of the country's listed voters who voted ("Тізімге енгізілген сайлаушылардың 63,4 пайызы дауыс
    # берді"), bound by its words in a release with no contestant figure, states a turnout without any hour
    lexicon = load_lexicon(language)
    national_turnout = not contestant_figures and any(
        x.reading.subject == "indicator" and x.reading.field == "turnout_pct" and x.reading.region_name is None
        and lexicon.has("indicators.registered_voters", x.reading.clause) for x in as_turnout)
    kind = classify(title, text, contestant_figures=contestant_figures, turnout_figures=turnout_figures,
                    clock=hours, rivals=rivals, echoes=_echoes(as_results, as_turnout),
                    national_turnout=national_turnout)
    out = Extraction(document_id, kind if title or kind != "other" else "other", title=title or None,
                     published_on=page.published_on, language=language)
    if kind == "turnout" and not any(x.reading.field in {"ballots_cast", "turnout_pct"} for x in as_turnout) and (
            out.published_on is not None) and (
            ahead := find_election(f"{title}\n{dated}", out.published_on, "other")) is not None and (
            ahead.election_date > out.published_on):
        kind = "other"  # "Polls will be open from 7 a.m. to 8 p.m." two days before the vote: no bulletin yet
    out.doc_kind = kind if title or kind != "other" else "other"
    out.election = find_election(f"{title}\n{dated}", out.published_on, kind)
    if out.election is None and kind == "turnout" and (
            late := find_election(f"{title}\n{dated}", out.published_on, "results_final")) is not None:
        out.election = late  # "final turnout in the August 23 Kurultai election was …", days after: its vote's
    if kind == "other" and recounts_history(f"{title}\n{text}", out.published_on):
        out.election = None  # a history box recounting earlier votes is about none of them
    if (kind == "results_final" and stated_stage(title, text) is None and out.election is not None
            and stage_by_timing(out.published_on, out.election.election_date) == "preliminary"):
        kind = out.doc_kind = "results_preliminary"  # a wire that never says "preliminary", the day after the vote
        as_results = [replace(x, stage="preliminary") if x.stage == "final" else x for x in as_results]
    elif kind == "results_preliminary" and out.election is None and calls_preliminary(text) and (
            late := find_election(f"{title}\n{dated}", out.published_on, "results_final")) is not None:
        out.election = late  # a recap days later of figures it calls preliminary: its vote, still preliminary
    elif kind == "results_preliminary" and out.election is None and stated_stage(title, "") != "preliminary" \
            and not final_pending(text) and (
            late := find_election(f"{title}\n{dated}", out.published_on, "results_final")) is not None and (
            stage_by_timing(out.published_on, late.election_date) is None):
        # "…, the commission said on Friday, confirming preliminary results": days after the vote, when no
        # preliminary result is published, a release that only recalls them is the final one
        out.election, kind = late, "results_final"
        out.doc_kind = kind
        as_results = [replace(x, stage="final") for x in as_results]
    if kind in {"results_preliminary", "results_final"} and states_hours(page):
        # the day's turnout hour by hour beside the results: each turnout figure keeps the hour its text states
        hourly, _ = read_figures(page, document_id, language, "turnout", "preliminary", None, referendum, vote_date)
        off = hours_off_the_vote(page.paragraphs, out.election.election_date if out.election else None)
        as_results = with_hours(as_results, hourly, off)
    figures_kind = kind in {"turnout", "results_preliminary", "results_final"}
    other = another_vote(page, language, title, text) if figures_kind else None
    if other is not None:
        # a maslikhat's or the Senate's vote: no figure of it is a calendar election's, and it is none of them
        seen, seen_unread = (as_turnout, turnout_unread) if kind == "turnout" else (as_results, results_unread)
        # ... nor is the document one of theirs: no calendar vote is tied to it by its date either
        out.election, assembled, out.doc_kind = None, None, "other"
        # what the binder read and what it already recorded unread ("3,044: the Senate's electors") are both kept
        out.unread = [Unread(x.reading.clause, f"{x.reading.figure.text}: {other}", x.reading.figure.text)
                      for x in seen] + seen_unread
    elif kind == "turnout":
        assembled = assemble(as_turnout)
        out.unread = turnout_unread
    elif kind in {"results_preliminary", "results_final"}:
        assembled = assemble(as_results)
        out.unread = results_unread
    else:
        assembled = None
    if assembled is not None:
        out.results, out.turnout = assembled.results, assembled.turnout
        out.unread = out.unread + assembled.unread
    if kind in {"violations", "results_final", "results_preliminary", "other"}:
        # the title leads the story: "ІІМ: сайлау күні ..." names who speaks for it
        titled = [page.title] if page.title and page.title not in page.paragraphs[:2] else []
        blocks = [TextBlock(p) for p in (*titled, *page.paragraphs)]
        context = ClaimContext(document_id, "cec", language,
                               out.election.election_date if out.election else None, out.published_on)
        claims = read_claims(blocks, context)  # a paragraph the claims reader could not read is recorded, not lost
        out.detentions, out.infractions = claims.detentions, claims.infractions
        out.unread = out.unread + claims.unread
    return out
