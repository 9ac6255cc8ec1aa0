"""People sanctioned in the dative with the court as the subject, a sum of money that is no count of people, a part
of the people the cases before were against, campaigning at the station's entrance and breaches of campaign rules
(sentences invented for these tests)."""

from __future__ import annotations

import pytest

from .documents import infraction_values


@pytest.mark.parametrize(("language", "sentence", "rows"), [
    ("ru", "В двух районах трём членам участковых комиссий, выдавшим избирателям бюллетени для голосования за "
           "родственников, судом назначены штрафы по 25 МРП.",
     [("multiple_ballots_issued", "persons_sanctioned", 3, None)]),
    ("kk", "Сайлаушыларға жұбайы үшін дауыс беруге бюллетень берген комиссияның екі мүшесіне сот 25 АЕК көлемінде "
           "айыппұл салды.",
     [("multiple_ballots_issued", "persons_sanctioned", 2, None)]),
    ("en", "The prosecutor's office had instituted 6 administrative cases against precinct commission members for "
           "issuing more than one ballot to a voter. Four of these commission members were subsequently fined.",
     [("multiple_ballots_issued", "administrative_cases", 6, None),
      ("multiple_ballots_issued", "persons_sanctioned", 4, None)]),
    ("ru", "Двое граждан, проводивших агитацию у входа на избирательный участок, привлечены к административной "
           "ответственности и оштрафованы на 10 МРП.",
     [("illegal_campaigning", "persons_sanctioned", 2, None)]),
    ("kk", "Үгіт-насихат ережелерін бұзғаны үшін 3 азаматқа айыппұл салынды.",
     [("illegal_campaigning", "persons_sanctioned", 3, None)]),
], ids=["ru-dative-sudom-naznacheny", "kk-dative-sot-salady", "en-four-of-these-members", "ru-agitaciya-u-vhoda",
        "kk-ugit-nasihat-erezhe"])
def test_sanctions_in_more_shapes(language: str, sentence: str, rows: list) -> None:
    assert infraction_values(sentence, language, publisher="cec") == rows
