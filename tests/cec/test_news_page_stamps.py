"""A news page with no <time> stamps its date on a short head line, after its rubric and with its hour
("Политика 6 маусым 2022, 09:30"): that is the publication date, so the vote is the calendar's of those days and
the stamp never creates a vote of its own (pages invented)."""

from __future__ import annotations

from tests.cec.releases import parse_page, release_page


def test_a_rubric_stamp_dates_the_page_and_the_vote_is_the_calendars() -> None:
    out = parse_page(release_page(
        "Референдум: қатысушылардың 77,2 пайызы «Иә» деп дауыс берді", "ҚазАқпарат", "Саясат 6 маусым 2022, 09:30",
        "Республикалық референдумның алдын ала нәтижесі бойынша азаматтардың 77,2 пайызы «Иә» деп, 18,7 пайызы "
        "«Жоқ» деп дауыс берді.", lang="kk", date=None), "kk")
    assert out.published_on is not None and out.published_on.isoformat() == "2022-06-06"
    assert out.election is not None and out.election.election_id == "kz-2022-06-05-referendum"


def test_an_english_stamp_after_a_rubric() -> None:
    out = parse_page(release_page(
        "Nur Otan wins all seats", "Politics 23 August 2007, 16:12",
        "The Nur Otan party won 88.4 percent of the vote in the Mazhilis elections, the CEC said.", lang="en",
        date=None), "en")
    assert out.published_on is not None and out.published_on.isoformat() == "2007-08-23"
    assert out.election is not None and out.election.election_id == "kz-2007-08-18-parliamentary"
