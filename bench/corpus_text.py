"""The words and figures of a synthetic harvest: invented contestants, consistent counts, region lists.

Everything here is invented (names, parties, counts); the arithmetic holds the way the CEC's does: shares are of
valid ballots (cast − invalid), turnout is cast ÷ registered, hourly bulletins grow towards the final turnout.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")

# (Russian surname stem, English surname stem); feminine forms add -а / -a.
SURNAMES = (("Абенов", "Abenov"), ("Байжанов", "Baizhanov"), ("Джаксыбеков", "Dzhaksybekov"),
            ("Ермеков", "Yermekov"), ("Жунусов", "Zhunusov"), ("Искаков", "Iskakov"), ("Калиев", "Kaliyev"),
            ("Мусин", "Mussin"), ("Нуржанов", "Nurzhanov"), ("Оразбаев", "Orazbayev"), ("Сапаров", "Saparov"),
            ("Тлеубаев", "Tleubayev"), ("Утегенов", "Utegenov"), ("Шакенов", "Shakenov"), ("Есимов", "Yessimov"))
MALE = (("Арман", "Arman"), ("Бауыржан", "Baurzhan"), ("Данияр", "Daniyar"), ("Ерлан", "Yerlan"),
        ("Мурат", "Murat"), ("Нурлан", "Nurlan"), ("Серик", "Serik"), ("Талгат", "Talgat"))
FEMALE = (("Айгуль", "Aigul"), ("Гульнара", "Gulnara"), ("Динара", "Dinara"), ("Жанар", "Zhanar"),
          ("Лаура", "Laura"), ("Сауле", "Saule"))
PATRONYMIC_STEMS = ("Ерлан", "Нурлан", "Серик", "Талгат", "Мурат", "Болат")
# Invented parties: (Russian, Kazakh, English).
PARTIES = (("Партия «Кокжиек»", "«Көкжиек» партиясы", "Kokzhiyek Party"),
           ("Партия «Жасыл Дала»", "«Жасыл Дала» партиясы", "Zhasyl Dala Party"),
           ("Партия «Нурлы Кош»", "«Нұрлы Көш» партиясы", "Nurly Kosh Party"),
           ("Партия «Айбын»", "«Айбын» партиясы", "Aibyn Party"),
           ("Партия «Ак Желкен»", "«Ақ Желкен» партиясы", "Ak Zhelken Party"),
           ("Партия «Бирлесу»", "«Бірлесу» партиясы", "Birlessu Party"))
ANSWERS = (("«Да»", "«Иә»", "Yes"), ("«Нет»", "«Жоқ»", "No"))

# Regions: (Russian after "по", Kazakh, English, valid from, valid to) — the list of the vote's date.
REGIONS = (("Акмолинской области", "Ақмола облысы", "Akmola Region", None, None),
           ("Актюбинской области", "Ақтөбе облысы", "Aktobe Region", None, None),
           ("Алматинской области", "Алматы облысы", "Almaty Region", None, None),
           ("Атырауской области", "Атырау облысы", "Atyrau Region", None, None),
           ("Восточно-Казахстанской области", "Шығыс Қазақстан облысы", "East Kazakhstan Region", None, None),
           ("Жамбылской области", "Жамбыл облысы", "Zhambyl Region", None, None),
           ("Западно-Казахстанской области", "Батыс Қазақстан облысы", "West Kazakhstan Region", None, None),
           ("Карагандинской области", "Қарағанды облысы", "Karaganda Region", None, None),
           ("Костанайской области", "Қостанай облысы", "Kostanay Region", None, None),
           ("Кызылординской области", "Қызылорда облысы", "Kyzylorda Region", None, None),
           ("Мангистауской области", "Маңғыстау облысы", "Mangystau Region", None, None),
           ("Павлодарской области", "Павлодар облысы", "Pavlodar Region", None, None),
           ("Северо-Казахстанской области", "Солтүстік Қазақстан облысы", "North Kazakhstan Region", None, None),
           ("Туркестанской области", "Түркістан облысы", "Turkistan Region", "2018-06-19", None),
           ("Южно-Казахстанской области", "Оңтүстік Қазақстан облысы", "South Kazakhstan Region", None, "2018-06-19"),
           ("области Абай", "Абай облысы", "Abai Region", "2022-06-08", None),
           ("области Жетісу", "Жетісу облысы", "Zhetisu Region", "2022-06-08", None),
           ("области Ұлытау", "Ұлытау облысы", "Ulytau Region", "2022-06-08", None),
           ("г. Астана", "Астана", "Astana", None, "2019-03-23"),
           ("г. Нур-Султан", "Нұр-Сұлтан", "Nur-Sultan", "2019-03-23", "2022-09-17"),
           ("г. Астана", "Астана", "Astana", "2022-09-17", None),
           ("г. Алматы", "Алматы қаласы", "Almaty city", None, None),
           ("г. Шымкент", "Шымкент қаласы", "Shymkent", "2018-06-19", None))


@dataclass(frozen=True)
class Contestant:
    ru: str
    kk: str
    en: str


@dataclass(frozen=True)
class Region:
    ru: str  # after "по"
    kk: str
    en: str


@dataclass
class Vote:
    """One vote's figures, preliminary and final, all derived from the same counts."""

    election_id: str
    kind: str  # presidential | parliamentary | referendum
    date: dt.date
    early: bool
    name_ru: str
    name_kk: str
    name_en: str
    contestants: list[Contestant]
    registered: int
    cast: int
    invalid: int
    votes: list[int]
    preliminary_registered: int
    preliminary_cast: int
    preliminary_shares: list[float]
    hourly: list[tuple[int, float]]  # (hour, national turnout %)
    regions: list[tuple[Region, list[float]]]  # region, turnout % at each hour
    seats: list[int] | None = None
    violations: int = 0

    @property
    def valid(self) -> int:
        return self.cast - self.invalid

    def counted(self) -> list[tuple[int, Contestant, int]]:
        """(index, contestant, votes) in ballot order."""
        return [(i, c, n) for i, (c, n) in enumerate(zip(self.contestants, self.votes, strict=True))]

    def share(self, i: int) -> float:
        return round(self.votes[i] / self.valid * 100, 2)

    @property
    def turnout(self) -> float:
        return round(self.cast / self.registered * 100, 2)

    @property
    def preliminary_turnout(self) -> float:
        return round(self.preliminary_cast / self.preliminary_registered * 100, 1)


def regions_on(day: dt.date) -> list[Region]:
    out = []
    for ru, kk, en, start, end in REGIONS:
        if (start and day < dt.date.fromisoformat(start)) or (end and day >= dt.date.fromisoformat(end)):
            continue
        out.append(Region(ru, kk, en))
    return out


def _person(rng: random.Random, used: set[str]) -> Contestant:
    while True:
        (sur_ru, sur_en), female = rng.choice(SURNAMES), rng.random() < 0.3
        given_ru, given_en = rng.choice(FEMALE if female else MALE)
        stem = rng.choice(PATRONYMIC_STEMS)
        if female:
            ru = f"{sur_ru}а {given_ru} {stem}овна"
            kk, en = f"{sur_ru}а {given_ru} {stem}қызы", f"{given_en} {sur_en}a"
        else:
            ru = f"{sur_ru} {given_ru} {stem}ович"
            kk, en = f"{sur_ru} {given_ru} {stem}ұлы", f"{given_en} {sur_en}"
        if sur_ru not in used:
            used.add(sur_ru)
            return Contestant(ru, kk, en)


def _split(rng: random.Random, total: int, n: int, leader: bool) -> list[int]:
    weights = [rng.uniform(1, 8) for _ in range(n)]
    if leader:
        weights[rng.randrange(n)] = sum(weights) * rng.uniform(1.5, 4)
    parts = [int(total * w / sum(weights)) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def make_vote(rng: random.Random, row: dict[str, str]) -> Vote:
    kind, day = row["election_type"], dt.date.fromisoformat(row["election_date"])
    if kind == "referendum":
        contestants = [Contestant(*a) for a in ANSWERS]
    elif kind == "parliamentary":
        contestants = [Contestant(*p) for p in rng.sample(PARTIES, rng.randint(4, 6))]
    else:
        used: set[str] = set()
        contestants = sorted((_person(rng, used) for _ in range(rng.randint(4, 7))), key=lambda c: c.ru)
    registered = rng.randint(8_500_000, 12_500_000)
    cast = int(registered * rng.uniform(0.55, 0.85))
    invalid = int(cast * rng.uniform(0.003, 0.012))
    votes = _split(rng, cast - invalid, len(contestants), leader=True)
    pre_cast = cast - rng.randint(5_000, 30_000)
    pre_shares = [round(v / (cast - invalid) * 100 + rng.uniform(-0.15, 0.15), 2) for v in votes]
    pre_shares[0] = round(pre_shares[0] + 100 - sum(pre_shares), 2)  # the preliminary shares still add up
    final = cast / registered * 100
    hours = [10, 12, 14, 16, 18, 20]
    hourly = [(h, round(final * (i + 1) / len(hours) * rng.uniform(0.97, 1.0), 1)) for i, h in enumerate(hours)]
    hourly[-1] = (20, round(final - rng.uniform(0.1, 1.5), 1))
    regions = []
    for region in regions_on(day):  # each region keeps its lead or lag all day, so its figures only grow
        factor = rng.uniform(0.8, 1.15)
        regions.append((region, [round(min(99.0, max(5.0, t * factor)), 1) for _, t in hourly]))
    seats = None
    if kind == "parliamentary":
        over = [i for i, v in enumerate(votes) if v / (cast - invalid) >= 0.05]
        seats = [0] * len(votes)
        for i in over:
            seats[i] = round(98 * votes[i] / sum(votes[j] for j in over))
    return Vote(row["election_id"], kind, day, row["early"] == "true", row["name_ru"], row["name_kk"],
                row["name_en"], contestants, registered, cast, invalid, votes, registered, pre_cast, pre_shares,
                hourly, regions, seats, violations=rng.randint(3, 60))


def ru_int(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def ru_pct(x: float, digits: int = 2) -> str:
    return f"{x:.{digits}f}".replace(".", ",")


def ru_date(day: dt.date) -> str:
    return f"{day.day} {RU_MONTHS[day.month - 1]} {day.year} года"


def en_date(day: dt.date) -> str:
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def ru_votes_noun(n: int) -> str:
    """голос / голоса / голосов after a count, as Russian inflects it."""
    if n % 10 == 1 and n % 100 != 11:
        return "голос"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "голоса"
    return "голосов"


def ru_voters_noun(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "избиратель"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "избирателя"
    return "избирателей"
