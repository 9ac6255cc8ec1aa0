"""A referendum release that gives only the Yes answer's figures is a results release, not a turnout bulletin
(pages invented for these tests, in the shapes of the press copies of the CEC's statements)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.cec.releases import parse_page

parse = partial(parse_page, release=8)


RUSSIAN_SHARE_ONLY = """<html lang="ru"><head><title>Граждане одобрили поправки — ЦКР</title></head><body>
<h3>Граждане одобрили поправки — ЦКР</h3><p>17.03.2026</p>
<p>ЦКР огласила предварительные итоги референдума. Общее число граждан, имеющих право голосовать, составило
12 миллионов 301 тысяча 455 человек. 70,04 % из них
пришли на участки. 84,6% проголосовавших поддержали изменения основного закона.</p></body></html>"""

ENGLISH_YES_COUNT = """<html lang="en"><head><title>Referendum approved</title></head><body>
<h3>Referendum approved</h3><p>16.03.2026</p>
<p>A total of 84.6% of citizens voted in favor of the new Constitution on Sunday, with a turnout of 70.04%.</p>
<p>"The number of citizens who took part was 8,616,240 people or 70.04% of the number of citizens entitled to
participate. The number of citizens who voted for a positive decision was 7,289,339 people or 84.6%," the
commission said.</p></body></html>"""

KAZAKH_YES_COUNT = """<html lang="kk"><head><title>Референдум: алдын ала деректер</title></head><body>
<h3>Референдум: алдын ала деректер</h3><p>16.03.2026</p>
<p>Дауыс беруге құқығы бар 12 301 455 азаматтың ішінде 8 616 240 адам сайлау учаскелеріне келген.</p>
<p>Мәселені қолдап дауыс бергендер – 7 289 339 адам.</p></body></html>"""


@pytest.mark.parametrize(("html", "lang", "yes"), [
    (RUSSIAN_SHARE_ONLY, "rus", (None, 84.6)),
    (ENGLISH_YES_COUNT, "eng", (7_289_339, 84.6)),
    (KAZAKH_YES_COUNT, "kaz", (7_289_339, None)),
], ids=["ru-share-only", "en-yes-count", "kk-yes-count"])
def test_one_answer_makes_a_results_release(html: str, lang: str, yes: tuple) -> None:
    e = parse(html, lang)
    assert e.doc_kind.startswith("results_")
    assert e.election is not None and e.election.election_id == "kz-2026-03-15-referendum"
    got = {(r.votes, r.vote_share_pct) for r in e.results if r.region_name is None}
    assert yes in got or any((v == yes[0] or yes[0] is None) and (s == yes[1] or yes[1] is None) for v, s in got)
    assert all(t.turnout_pct in (None, 70.04) for t in e.turnout)  # the Yes share is never a turnout


def test_english_yes_count_keeps_the_turnout_its_own() -> None:
    e = parse(ENGLISH_YES_COUNT, "eng")
    national = [t for t in e.turnout if t.region_name is None]
    assert {t.ballots_cast for t in national if t.ballots_cast} == {8_616_240}
    assert {t.turnout_pct for t in national if t.turnout_pct} == {70.04}


ARABIC_SCRIPT_BULLETIN = """<html lang="kk"><head><title>ساعات 18-00-دەگى جاعداي</title></head><body>
<h3>ساعات 18-00-دەگى جاعداي</h3><p>09.06.2019</p>
<p>ساعات 18-00-دەگى جاعداي بويىنشا سايلاۋ بيۋللەتەندەرىن تىزىمگە ەنگىزىلگەن سايلاۋشىلاردىڭ جالپى سانىنىڭ 58,2
پايىزى الدى. ولاردىڭ ىشىندە: اقمولا وبلىسى – 61,4, شىمكەنت قالاسى – 48,2, تۇركىستان وبلىسى – 66,9 پايىز.</p>
</body></html>"""


def test_an_arabic_script_kazakh_bulletin_reads_like_a_cyrillic_one() -> None:
    e = parse(ARABIC_SCRIPT_BULLETIN, "kaz")
    assert e.doc_kind == "turnout"
    assert e.election is not None and e.election.election_id == "kz-2019-06-09-presidential"
    got = {(t.region_name is None, t.turnout_pct, t.as_of) for t in e.turnout if t.turnout_pct}
    assert (True, 58.2, "18:00") in got
    assert {p for national, p, _ in got if not national} == {61.4, 48.2, 66.9}
