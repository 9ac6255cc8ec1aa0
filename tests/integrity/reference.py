"""Staged frames shaped like the reference corpus (figures from shared/reference/facts.yaml).

Rows are plain dicts keyed by staged column, plus the `region_code` / `contestant_id` the pipeline resolves;
`frames(rows)` turns them into the staged frames the gate receives. Tests mutate a copy of `rows()`.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib

import polars as pl

from transforms.staging import staged_frame

RESOLVED = {"results": ("region_code", "contestant_id"), "turnout": ("region_code",)}
OPTIONAL = {"detentions": ("region_code",), "infractions": ("region_code",)}


def doc_id(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


PRELIM_2019 = doc_id("cec rus 5085 preliminary results 2019")
FINAL_2019 = doc_id("cec rus 5090 final results 2019")
HOURLY_2019 = doc_id("cec rus 5101 turnout 20:00 2019")
ODIHR_2019 = doc_id("osce odihr final report 2019")
FINAL_2016 = doc_id("cec rus 3120 final results 2016")
PRELIM_2024 = doc_id("cec kaz 5106 referendum preliminary 2024")
LISTING = doc_id("cec rus listing")

E2019 = {
    "election_id": "kz-2019-06-09-presidential",
    "election_type": "presidential",
    "election_date": dt.date(2019, 6, 9),
}
E2016 = {
    "election_id": "kz-2016-03-20-parliamentary",
    "election_type": "parliamentary",
    "election_date": dt.date(2016, 3, 20),
}
E2024 = {
    "election_id": "kz-2024-10-06-referendum",
    "election_type": "referendum",
    "election_date": dt.date(2024, 10, 6),
}

# name, contestant_id, preliminary share, final votes, final share
CANDIDATES_2019 = [
    ("Ахметбеков Жамбыл Аужанович", "zhambyl-akhmetbekov", 1.82, 167649, 1.82),
    ("Еспаева Дания Мадиқызы", "daniya-yespayeva", 5.2, 465714, 5.05),
    ("Косанов Амиржан Сагидрахманович", "amirzhan-kossanov", 16.02, 1495401, 16.23),
    ("Рахимбеков Толеутай", "toleutai-rakhimbekov", 3.2, 280451, 3.04),
    ("Таспихов Амангельды", "amangeldy-taspikhov", 2.07, 182898, 1.98),
    ("Токаев Касым-Жомарт Кемелевич", "kassym-jomart-tokayev", 70.76, 6539715, 70.96),
    ("Тугел Садыбек", "sadybek-tugel", 0.92, 84582, 0.92),
]
PARTIES_2016 = [
    ("«Нур Отан»", "nur-otan", 6183757, 82.2, 84),
    ("«Ак жол»", "ak-zhol", 540406, 7.18, 7),
    ("КНПК", "communist-peoples-party-of-kazakhstan", 537123, 7.14, 7),
    ("«Ауыл»", "auyl", 151285, 2.01, 0),
    ("ОСДП", "nationwide-social-democratic-party", 88813, 1.18, 0),
    ("«Бирлик»", "birlik", 21484, 0.29, 0),
]
REGIONS_2019 = [
    ("по Акмолинской области", "KZ-11", 83.4),
    ("по г. Алматы", "KZ-75", 52.2),
    ("по г. Нур-Султан", "KZ-71", 68.9),
]


def _cec(document_id: str, language: str, doc_kind: str, published_on: dt.date) -> dict:
    return {
        "document_id": document_id,
        "source": "cec",
        "language": language,
        "doc_kind": doc_kind,
        "published_on": published_on,
    }


def _results() -> list[dict]:
    rows = []
    prelim = _cec(PRELIM_2019, "ru", "results_preliminary", dt.date(2019, 6, 10))
    final = _cec(FINAL_2019, "ru", "results_final", dt.date(2019, 6, 11))
    for name, cid, prelim_pct, votes, final_pct in CANDIDATES_2019:
        common = {**E2019, "contestant_name": name, "contestant_id": cid, "region_code": "KZ"}
        rows.append(
            {
                **common,
                **prelim,
                "stage": "preliminary",
                "vote_share_pct": prelim_pct,
                "evidence": f"{name} – {prelim_pct:.2f} %".replace(".", ","),
            }
        )
        rows.append(
            {
                **common,
                **final,
                "stage": "final",
                "votes": votes,
                "vote_share_pct": final_pct,
                "evidence": f"{name} – {votes:,} голосов ({final_pct:.2f}%)".replace(",", " "),
            }
        )
    final_2016 = _cec(FINAL_2016, "ru", "results_final", dt.date(2016, 3, 25))
    for name, cid, votes, pct, seats in PARTIES_2016:
        rows.append(
            {
                **E2016,
                **final_2016,
                "contestant_name": name,
                "contestant_id": cid,
                "region_code": "KZ",
                "stage": "final",
                "votes": votes,
                "vote_share_pct": pct,
                "seats": seats,
                "evidence": f"{name} | {votes} | {pct} | {seats}",
            }
        )
    # The seats table of the same release names Nur Otan again: one contestant, two rows, counted once.
    rows.append(
        {
            **E2016,
            **final_2016,
            "contestant_name": "Нур Отан",
            "contestant_id": "nur-otan",
            "region_code": "KZ",
            "stage": "final",
            "seats": 84,
            "evidence": "Нур Отан – 84 мандата",
        }
    )
    referendum = _cec(PRELIM_2024, "kk", "results_preliminary", dt.date(2024, 10, 7))
    rows.append(
        {
            **E2024,
            **referendum,
            "contestant_name": "«Иә»",
            "contestant_id": "yes",
            "region_code": "KZ",
            "stage": "preliminary",
            "votes": 5561937,
            "vote_share_pct": 71.12,
            "evidence": "«Иә» – 5 561 937 сайлаушы (71,12 %)",
        }
    )
    rows.append(
        {
            **E2024,
            **referendum,
            "contestant_name": "«Жоқ»",
            "contestant_id": "no",
            "region_code": "KZ",
            "stage": "preliminary",
            "votes": 2045271,
            "evidence": "«Жоқ» – 2 045 271 сайлаушы",
        }
    )
    return rows


def _turnout() -> list[dict]:
    rows = [
        {
            **E2019,
            **_cec(PRELIM_2019, "ru", "results_preliminary", dt.date(2019, 6, 10)),
            "region_code": "KZ",
            "stage": "preliminary",
            "registered_voters": 11960364,
            "ballots_cast": 9261460,
            "turnout_pct": 77.4,
            "evidence": "в голосовании приняли участие 9 261 460 избирателей, или 77,4 %",
        },
        {
            **E2019,
            **_cec(FINAL_2019, "ru", "results_final", dt.date(2019, 6, 11)),
            "region_code": "KZ",
            "stage": "final",
            "registered_voters": 11960364,
            "ballots_cast": 9274110,
            "turnout_pct": 77.5,
            "invalid_ballots": 57700,
            "polling_stations": 9968,
            "evidence": "в списки включено 11 960 364 избирателя, приняли участие 9 274 110 (77,5 %)",
        },
        {
            **E2024,
            **_cec(PRELIM_2024, "kk", "results_preliminary", dt.date(2024, 10, 7)),
            "region_code": "KZ",
            "stage": "preliminary",
            "registered_voters": 12284487,
            "ballots_cast": 7820204,
            "turnout_pct": 63.66,
            "both_marked_ballots": 82724,
            "polling_stations": 10323,
            "evidence": "12 284 487 сайлаушының 7 820 204-і (63,66 %) дауыс берді",
        },
    ]
    hourly = {
        **E2019,
        **_cec(HOURLY_2019, "ru", "turnout", dt.date(2019, 6, 9)),
        "stage": "preliminary",
        "as_of": "20:00",
    }
    rows.append(
        {**hourly, "region_code": "KZ", "turnout_pct": 77.4, "evidence": "по состоянию на 20 часов ... получили 77,4%"}
    )
    for name, code, pct in REGIONS_2019:
        rows.append(
            {
                **hourly,
                "region_name": name,
                "region_code": code,
                "turnout_pct": pct,
                "evidence": f"{name} – {pct:.2f} %".replace(".", ","),
            }
        )
    return rows


def _detentions() -> list[dict]:
    common = {
        "election_id": E2019["election_id"],
        "election_date": E2019["election_date"],
        "document_id": ODIHR_2019,
        "page": 27,
    }
    return [
        {
            **common,
            "detention_id": doc_id("d1"),
            "date_from": dt.date(2019, 6, 9),
            "date_to": dt.date(2019, 6, 13),
            "location": "Kazakhstan",
            "detained_min": 4000,
            "detained_max": 4000,
            "qualifier": "approximately",
            "subject": "protesters",
            "reported_by": "Minister of Internal Affairs",
            "evidence": "According to the Minister of Internal Affairs, approximately 4,000 people were detained "
            "between 9 and 13 June.",
        },
        {
            **common,
            "detention_id": doc_id("d2"),
            "date_from": dt.date(2019, 6, 9),
            "date_to": dt.date(2019, 6, 13),
            "location": "Kazakhstan",
            "detained_min": 13,
            "qualifier": "at least",
            "subject": "journalists",
            "reported_by": "civil society organisations",
            "evidence": "Civil society organisations reported that at least 13 journalists were detained.",
        },
        {
            **common,
            "detention_id": doc_id("d3"),
            "date_from": dt.date(2019, 6, 9),
            "date_to": dt.date(2019, 6, 13),
            "location": "Kazakhstan",
            "detained_min": 7,
            "qualifier": "at least",
            "subject": "human rights defenders",
            "reported_by": "civil society organisations",
            "evidence": "and at least seven human rights defenders were detained between 9 and 13 June.",
        },
        {
            **common,
            "detention_id": doc_id("d4"),
            "date_from": dt.date(2019, 6, 9),
            "date_to": dt.date(2019, 6, 9),
            "location": "major cities",
            "qualifier": "in large numbers",
            "subject": "protesters",
            "reported_by": "ODIHR",
            "evidence": "Protesters were detained in large numbers in major cities.",
        },
        {
            **common,
            "detention_id": doc_id("d5"),
            "date_from": dt.date(2019, 6, 9),
            "date_to": dt.date(2019, 6, 9),
            "location": "Nur-Sultan and Almaty",
            "region_code": None,
            "detained_min": 500,
            "detained_max": 500,
            "qualifier": "approximately",
            "subject": "protesters",
            "reported_by": "Ministry of Internal Affairs",
            "evidence": "около 500 человек задержаны в Нур-Султане и Алматы",
        },
    ]


def _infractions() -> list[dict]:
    common = {
        "election_id": E2019["election_id"],
        "election_date": E2019["election_date"],
        "document_id": ODIHR_2019,
        "page": 24,
    }
    return [
        {
            **common,
            "infraction_id": doc_id("i1"),
            "category": "voter_impersonation",
            "measure": "reports",
            "value": 16.0,
            "qualifier": "exact",
            "reported_by": "CEC",
            "evidence": "The CEC registered 16 reports of voting on behalf of other voters.",
        },
        {
            **common,
            "infraction_id": doc_id("i2"),
            "category": "mixed",
            "measure": "violations",
            "value": 19.0,
            "qualifier": "exact",
            "reported_by": "Prosecutor General's Office",
            "evidence": "The Prosecutor General's Office reported 19 violations, resulting in 18 administrative cases.",
        },
        {
            **common,
            "infraction_id": doc_id("i3"),
            "category": "counting_irregularity",
            "measure": "share_of_observations_pct",
            "value": 50.0,
            "qualifier": "more than",
            "reported_by": "ODIHR",
            "evidence": "The count was assessed negatively in more than half of the polling stations observed.",
        },
        {
            **common,
            "infraction_id": doc_id("i4"),
            "category": "ballot_box_stuffing",
            "measure": "observed",
            "qualifier": "cases",
            "reported_by": "ODIHR",
            "evidence": "Cases of ballot box stuffing were observed.",
        },
    ]


def _documents() -> list[dict]:
    def doc(
        document_id: str,
        source: str,
        language: str,
        kind: str,
        published: dt.date | None,
        election_id: str | None,
        url: str,
    ) -> dict:
        return {
            "document_id": document_id,
            "source": source,
            "url": url,
            "language": language,
            "title": f"{kind} {published}",
            "published_on": published,
            "doc_kind": kind,
            "election_id": election_id,
            "fetched_at": dt.datetime(2025, 1, 1, 12),
            "content_type": "text/html",
            "byte_size": 20480,
            "archive_path": f"objects/{document_id[:2]}/{document_id}",
            "extractor_version": "1",
        }

    releases = "http://127.0.0.1:8001/rus/news/releases/index.php"
    return [
        doc(
            PRELIM_2019,
            "cec",
            "ru",
            "results_preliminary",
            dt.date(2019, 6, 10),
            E2019["election_id"],
            f"{releases}?ID=5085",
        ),
        doc(
            FINAL_2019, "cec", "ru", "results_final", dt.date(2019, 6, 11), E2019["election_id"], f"{releases}?ID=5090"
        ),
        doc(HOURLY_2019, "cec", "ru", "turnout", dt.date(2019, 6, 9), E2019["election_id"], f"{releases}?ID=5101"),
        doc(
            ODIHR_2019,
            "osce",
            "en",
            "odihr_final_report",
            dt.date(2019, 10, 9),
            E2019["election_id"],
            "http://127.0.0.1:8002/files/f/documents/1/2/429566.pdf",
        ),
        doc(
            FINAL_2016, "cec", "ru", "results_final", dt.date(2016, 3, 25), E2016["election_id"], f"{releases}?ID=3120"
        ),
        doc(
            PRELIM_2024,
            "cec",
            "kk",
            "results_preliminary",
            dt.date(2024, 10, 7),
            E2024["election_id"],
            "http://127.0.0.1:8001/kaz/news/releases/index.php?ID=5106",
        ),
        doc(LISTING, "cec", "ru", "listing", None, None, releases),
    ]


_ROWS = {
    "results": _results(),
    "turnout": _turnout(),
    "detentions": _detentions(),
    "infractions": _infractions(),
    "documents": _documents(),
}


def rows() -> dict[str, list[dict]]:
    """A fresh, mutable copy of the reference rows per table."""
    return copy.deepcopy(_ROWS)


def frames(table_rows: dict[str, list[dict]] | None = None) -> dict[str, pl.DataFrame]:
    """Staged frames from rows, with the resolved columns the pipeline adds (null when a row has none)."""
    table_rows = rows() if table_rows is None else table_rows
    out = {}
    for table, items in table_rows.items():
        frame = staged_frame(table, items)
        for column in RESOLVED.get(table, ()) + OPTIONAL.get(table, ()):
            frame = frame.with_columns(pl.Series(column, [r.get(column) for r in items], dtype=pl.String))
        out[table] = frame
    return out


def find(table_rows: list[dict], **match: object) -> dict:
    """The one row whose columns equal `match` (to mutate in a test)."""
    hits = [r for r in table_rows if all(r.get(k) == v for k, v in match.items())]
    assert len(hits) == 1, f"{len(hits)} rows match {match}"
    return hits[0]
