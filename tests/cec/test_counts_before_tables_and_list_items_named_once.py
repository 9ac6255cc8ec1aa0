"""A count that ends a paragraph before a table stays a count, and the next item of a list of parties names its
party by one capitalised word (invented releases in the CEC's and the wires' shapes)."""

from __future__ import annotations

from sources.cec.repairs import rejoined
from tests.cec.releases import parse_page, release_page


def test_a_grouped_count_ending_a_paragraph_is_no_broken_decimal() -> None:
    # the paragraph after a table opens with the threshold: "110 447." + "7 пайыздық" is no share 447.7
    paragraphs = ["Жарамсыз бюллетеньдер саны – 110 447.",
                  "7 пайыздық межеден өткен партиялар арасында мандаттар бөлінді."]
    assert rejoined(paragraphs) == paragraphs
    # an aggregator's decimal broken across two paragraphs is still one figure
    assert rejoined(["За кандидата проголосовали 71.", "09 процента избирателей."]) == [
        "За кандидата проголосовали 71.09 процента избирателей."]


def test_invalid_ballots_before_a_table_keep_their_digit_groups() -> None:
    page = release_page(
        "Сайлау қорытындылары",
        "Сайлаушылар тізіміне 8 691 004 сайлаушы енгізілді, дауыс беруге 4 987 302 сайлаушы, немесе 57,38 пайыз "
        "қатысты. Жарамсыз бюллетеньдер саны – 110 447.",
        "<table><tr><th>Партия</th><th>Дауыс саны</th><th>Пайыз</th></tr>"
        "<tr><td>«Ел бірлігі» партиясы</td><td>3 105 040</td><td>62,26</td></tr>"
        "<tr><td>«Асыл мұрат» партиясы</td><td>1 771 815</td><td>35,53</td></tr></table>",
        "7 пайыздық межеден өткен партиялар арасында мандаттар бөлінді.",
        lang="kk", date="2004-09-25")
    e = parse_page(page, "kk")
    assert [t.invalid_ballots for t in e.turnout if t.invalid_ballots is not None] == [110447]


def test_the_next_items_of_a_list_name_their_parties_by_one_word() -> None:
    text = ("Of the 9,303,693 voters on the lists, 7,019,455, or 75.45 percent, took part. The Alga party has 80.74 "
            "percent, Birlik 1.21 and Adilet 0.71 percent.")
    e = parse_page(release_page("Preliminary results of the Mazhilis elections", text, lang="en", date="2012-01-16"),
                   "en")
    shares = {r.contestant_name: r.vote_share_pct for r in e.results}
    assert shares.get("Birlik") == 1.21 and shares.get("Adilet") == 0.71, shares


def test_the_lists_of_referendum_participants_are_the_register() -> None:
    text = ("В списки участников референдума было включено 12 179 530 граждан. Бюллетени получили 8 041 226 человек, "
            "что составляет 66,02 процента. За положительное решение вопроса проголосовали 6 214 259 участников "
            "референдума, или 77,28 %; против – 1 708 761 (21,25 %).")
    e = parse_page(release_page("О предварительных итогах республиканского референдума", text, date="2026-03-16"))
    assert [(t.registered_voters, t.ballots_cast) for t in e.turnout if t.region_name is None] == [
        (12179530, 8041226)]


def test_older_parties_of_the_registry_are_named_by_one_word() -> None:
    text = ("The Nur Otan party received 5,170,229 votes (88.41%). None of the other parties passed the threshold: Ak "
            "Zhol 180,704 (3.09 per cent); Auyl 88,305 (1.51 per cent); Rukhaniyat 21,638 (0.37 per cent).")
    e = parse_page(release_page("CEC: final results of the early Mazhilis elections", text, lang="en",
                                date="2007-08-23"), "en")
    assert {r.contestant_name: r.votes for r in e.results}.get("Rukhaniyat") == 21638


def test_a_kazakh_quotation_opening_on_a_candidate() -> None:
    text = ("Тізімге енгізілген 9 510 824 сайлаушының 9 055 383-і, яғни 95,21 пайызы дауыс берген. «Нұрлан "
            "Серікбаевты 8 841 676 сайлаушы қолдады, бұл 97,64 пайыз. Асқар Жолдасовқа – 0,63 пайыз (57 049 дауыс)», "
            "– деді ОСК төрағасы.")
    e = parse_page(release_page("ОСК кешегі сайлаудың алдын ала нәтижесін жариялады", text, lang="kk",
                                date="2015-04-27"), "kk")
    votes = {r.votes for r in e.results}
    assert {8841676, 57049} <= votes, e.results
    assert "Асқар Жолдасов" in {r.contestant_name for r in e.results}  # the list item's name in the nominative
