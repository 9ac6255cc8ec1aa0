"""CEC releases of a synthetic harvest: every kind of release of one vote, in Russian, Kazakh and English, in
the site's two page templates (older `news-date-time` + `h3`, newer `<article>` + `<time>` + `h1`).

The shapes are those the parsers read in the bundled snapshot and the second corpus; the sentences are ours.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from dataclasses import dataclass

from bench.corpus_text import Vote, en_date, ru_date, ru_int, ru_pct, ru_voters_noun, ru_votes_noun

SITE = {"rus": ("ru", "Центральная избирательная комиссия Республики Казахстан", "Пресс-релизы"),
        "kaz": ("kk", "Қазақстан Республикасының Орталық сайлау комиссиясы", "Баспасөз релиздері"),
        "eng": ("en", "Central Election Commission of the Republic of Kazakhstan", "Press releases")}
NEW_TEMPLATE_FROM = dt.date(2020, 1, 1)


@dataclass(frozen=True)
class Release:
    lang: str  # rus | kaz | eng
    release_id: int
    day: dt.date
    title: str
    paragraphs: tuple[str, ...]  # HTML blocks (<p>, <table>) of the body


def page(release: Release) -> str:
    """The release page in the template of its year."""
    lang_attr, commission, section = SITE[release.lang]
    title = html.escape(release.title)
    body = "\n".join(release.paragraphs)
    head = (f'<!DOCTYPE html>\n<html lang="{lang_attr}">\n<head>\n<meta charset="UTF-8">\n'
            f"<title>{title} | {commission}</title>\n</head>\n<body>\n"
            f'<div class="header"><a class="logo" href="/{release.lang}/">{commission}</a>\n'
            f'<ul class="main-menu"><li><a href="/{release.lang}/news/releases/">{section}</a></li></ul></div>\n'
            '<div class="workarea">\n')
    if release.day >= NEW_TEMPLATE_FROM:
        middle = (f'<article class="press-release">\n<header><time datetime="{release.day.isoformat()}">'
                  f"{release.day.isoformat()}</time>\n<h1 class=\"press-release__title\">{title}</h1></header>\n"
                  f'<section class="press-release__body">\n{body}\n</section>\n</article>\n')
    else:
        middle = (f'<div class="news-detail">\n<span class="news-date-time">{release.day:%d.%m.%Y}</span>\n'
                  f'<h3>{title}</h3>\n<div class="news-detail-text">\n{body}\n</div>\n</div>\n')
    return (head + middle + f'</div>\n<div class="footer"><p>© {release.day.year} {commission}</p></div>\n'
            "</body>\n</html>\n")


def listing_page(lang: str, releases: list[Release], number: int, pages: int) -> str:
    """One page of a language's release listing (newest first), with the Bitrix pagination links."""
    _lang_attr, commission, section = SITE[lang]
    base = f"/{lang}/news/releases/index.php"
    items = "\n".join(
        f'<div class="news-item" id="bx_{r.release_id}">\n<span class="news-date-time">{r.day:%d.%m.%Y}</span>\n'
        f'<a class="news-title" href="{base}?ID={r.release_id}"><b>{html.escape(r.title)}</b></a>\n</div>'
        for r in releases)

    def href(n: int) -> str:
        return base if n == 1 else f"{base}?PAGEN_1={n}"

    links = " ".join(f"<b>{n}</b>" if n == number else f'<a href="{href(n)}">{n}</a>' for n in range(1, pages + 1))
    if number < pages:
        links += f' <a href="{href(number + 1)}">След.</a>'
    return (f'<!DOCTYPE html>\n<html><head><meta charset="UTF-8"><title>{section} | {commission}</title></head>\n'
            f'<body><div class="header"><a class="logo" href="/{lang}/">{commission}</a></div>\n'
            f'<div class="workarea"><h1>{section}</h1>\n<div class="news-list">\n{items}\n'
            f'<div class="modern-page-navigation">{links}</div>\n</div></div></body></html>\n')


def _p(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def _nominative(region: str) -> str:
    """"Акмолинской области" → "Акмолинская область", "области Абай" → "область Абай" (a table's row heads)."""
    if region.endswith("ской области"):
        return region[: -len("ской области")] + "ская область"
    return region.replace("области ", "область ", 1)


def _ru_body(vote: Vote) -> str:
    """The vote in the genitive, as release titles name it (Выборы Президента → выборов Президента)."""
    name = vote.name_ru
    for nominative, genitive in (("Внеочередные выборы", "внеочередных выборов"), ("Выборы", "выборов"),
                                 ("Республиканский референдум", "республиканского референдума")):
        if name.startswith(nominative):
            return genitive + name[len(nominative):]
    return name


class Writer:
    """Every release of one vote; IDs grow with the publication date from `first_id`."""

    def __init__(self, vote: Vote, first_id: int, rng: random.Random) -> None:
        self.vote, self.next_id, self.rng = vote, first_id, rng
        self.releases: list[Release] = []

    def add(self, lang: str, offset_days: int, title: str, paragraphs: list[str]) -> None:
        self.releases.append(Release(lang, self.next_id, self.vote.date + dt.timedelta(days=offset_days), title,
                                     tuple(paragraphs)))
        self.next_id += 1

    def all(self) -> list[Release]:
        v = self.vote
        self.add("rus", -6, "О работе горячей линии", [_p(
            "Центральная избирательная комиссия напоминает, что телефон горячей линии работает ежедневно "
            "с 9 до 18 часов, а в день голосования — до окончания подсчета голосов.")])
        self.add("kaz", -6, "Жедел желінің жұмысы туралы", [_p(
            "Орталық сайлау комиссиясының жедел желісі күн сайын жұмыс істейді.")])
        self.add("rus", -3, "Об аккредитации наблюдателей", [_p(
            "Завершена аккредитация иностранных наблюдателей и представителей средств массовой информации; "
            "списки аккредитованных размещены на сайте комиссии.")])
        self.add("rus", 0, "Об открытии избирательных участков", [_p(
            "Избирательные участки открылись в установленное законом время, голосование проходит в штатном режиме.")])
        for i, (hour, national) in enumerate(v.hourly):
            self.bulletin_ru(i, hour, national)
        self.bulletin_kk(4)
        self.bulletin_en(4)
        self.violations_ru()
        self.preliminary_ru()
        self.preliminary_en()
        self.final_ru()
        self.final_kk()
        self.final_en()
        self.regions_table_ru()
        return self.releases

    def bulletin_ru(self, i: int, hour: int, national: float) -> None:
        lines = [f"<p>по {r.ru} – {ru_pct(values[i])} %</p>" for r, values in self.vote.regions]
        if self.rng.random() < 0.5:
            lead = (f"По данным территориальных избирательных комиссий, по состоянию на {hour} часов "
                    f"избирательные бюллетени получили {ru_pct(national, 1)}% общего количества избирателей, "
                    "включенных в списки.")
        else:
            lead = (f"Центральная избирательная комиссия сообщает, что на {hour}.00 в голосовании приняли участие "
                    f"{ru_pct(national, 1)} % избирателей.")
        self.add("rus", 0, f"О явке избирателей по состоянию на {hour} часов", [_p(lead), *lines])

    def bulletin_kk(self, i: int) -> None:
        hour, national = self.vote.hourly[i]
        rows = "".join(f"<tr><td>{r.kk}</td><td>{ru_pct(values[i], 1)}</td></tr>" for r, values in self.vote.regions)
        self.add("kaz", 0, f"Сағат {hour}:00-дегі сайлаушылардың қатысуы туралы", [
            _p(f"Аумақтық сайлау комиссияларының мәліметі бойынша сағат {hour}.00-дегі жағдай бойынша "
               f"сайлаушылардың {ru_pct(national, 1)} пайызы бюллетень алды."),
            _p("Өңірлер бойынша:"),
            f'<table class="table"><tr><th>Өңір</th><th>Қатысу, %</th></tr>{rows}</table>'])

    def bulletin_en(self, i: int) -> None:
        hour, national = self.vote.hourly[i]
        clock = f"{hour - 12} p.m." if hour > 12 else f"{hour} a.m."
        self.add("eng", 0, f"Voter turnout as of {clock}", [
            _p(f"As of {clock}, turnout stood at {national:.1f} percent of the voters on the lists.")])

    def violations_ru(self) -> None:
        n = self.vote.violations
        self.add("rus", 1, "О поступивших в Центральную избирательную комиссию обращениях", [
            _p(f"В день голосования в Центральную избирательную комиссию и территориальные избирательные комиссии "
               f"поступило {n} сообщений о нарушениях избирательного законодательства."),
            _p("Все обращения рассмотрены в установленном порядке.")])

    def preliminary_ru(self) -> None:
        v = self.vote
        lines = [f"<p>{html.escape(c.ru, quote=False)} – {ru_pct(s)} %;</p>"
                 for c, s in sorted(zip(v.contestants, v.preliminary_shares, strict=True), key=lambda cs: -cs[1])]
        self.add("rus", 1, "Информационное сообщение Центральной избирательной комиссии Республики Казахстан о "
                 f"предварительных итогах {_ru_body(v)}", [
                     _p(f"{ru_date(v.date)} состоялись {v.name_ru[0].lower() + v.name_ru[1:]}."),
                     _p(f"По предварительным данным, в списки избирателей включено {ru_int(v.preliminary_registered)} "
                        f"граждан. В голосовании приняли участие {ru_int(v.preliminary_cast)} "
                        f"{ru_voters_noun(v.preliminary_cast)}, или {ru_pct(v.preliminary_turnout, 1)} процента."),
                     _p("Голоса избирателей распределились следующим образом:"), *lines,
                     _p("Окончательные итоги голосования будут установлены в сроки, предусмотренные законом.")])

    def preliminary_en(self) -> None:
        v = self.vote
        shares = zip(v.contestants, v.preliminary_shares, strict=True)
        said = "; ".join(f"{c.en} received {s:.2f} per cent" for c, s in shares)
        self.add("eng", 1, "Preliminary results announced", [
            _p(f"The Central Election Commission has announced the preliminary results of the vote held on "
               f"{en_date(v.date)}."),
            _p(f"Turnout was {v.preliminary_turnout:.1f} percent."), _p(said + ".")])

    def final_ru(self) -> None:
        v = self.vote
        if v.kind == "parliamentary" and self.rng.random() < 0.5:
            lines = [_p(f"За партию «{c.ru.split('«', 1)[1]} проголосовали {ru_int(n)} {ru_voters_noun(n)}, или "
                        f"{ru_pct(v.share(i))} процента.") for i, c, n in v.counted()]
        else:
            lines = [_p(f"{c.ru} – {ru_int(n)} {ru_votes_noun(n)} избирателей, или {ru_pct(v.share(i))} %;")
                     for i, c, n in v.counted()]
        self.add("rus", 3, f"Сообщение Центральной избирательной комиссии Республики Казахстан об итогах "
                 f"{_ru_body(v)}", [
                     _p(f"Центральная избирательная комиссия Республики Казахстан на своем заседании установила итоги "
                        f"голосования, состоявшегося {ru_date(v.date)}."),
                     _p(f"В списки избирателей было включено {ru_int(v.registered)} {ru_voters_noun(v.registered)}. "
                        f"Бюллетени для голосования получили {ru_int(v.cast)} {ru_voters_noun(v.cast)}, или "
                        f"{ru_pct(v.turnout, 1)} процента от числа избирателей, включенных в списки."),
                     _p(f"Недействительными признаны {ru_int(v.invalid)} бюллетеней."),
                     _p("Голоса избирателей, принявших участие в голосовании, распределились следующим образом:"),
                     *lines])

    def final_kk(self) -> None:
        v = self.vote
        head = {"presidential": "Кандидаттың тегі, аты, әкесінің аты", "parliamentary": "Партия",
                "referendum": "Жауап"}[v.kind]
        rows = "".join(f"<tr><td>{c.kk}</td><td>{ru_int(n)}</td><td>{ru_pct(v.share(i))}</td></tr>"
                       for i, c, n in v.counted())
        self.add("kaz", 3, f"{v.name_kk} қорытындылары туралы Орталық сайлау комиссиясының хабарламасы", [
            _p(f"{v.date:%d.%m.%Y} өткен дауыс беру қорытындылары шығарылды."),
            _p(f"Сайлаушылар тізіміне {ru_int(v.registered)} сайлаушы енгізілді. Дауыс беруге {ru_int(v.cast)} "
               f"сайлаушы, немесе {ru_pct(v.turnout)} пайыз қатысты."),
            f'<table class="table"><tr><th>{head}</th><th>Дауыс саны</th><th>Пайыз</th></tr>{rows}</table>'])

    def final_en(self) -> None:
        v = self.vote
        lines = [_p(f"{c.en} – {n:,} votes ({v.share(i):.2f}%);") for i, c, n in v.counted()]
        self.add("eng", 4, "CEC announces the final results", [
            _p(f"The Central Election Commission of the Republic of Kazakhstan has announced the final results of "
               f"the vote held on {en_date(v.date)}."),
            _p(f"A total of {v.registered:,} voters were included in the voter lists; {v.cast:,} of them, or "
               f"{v.turnout:.2f}%, took part in the vote."),
            _p("The votes were distributed as follows:"), *lines])

    def regions_table_ru(self) -> None:
        v = self.vote
        heads = "".join(f"<th>на {h}:00</th>" for h, _ in v.hourly)
        rows = "".join(f"<tr><td>{_nominative(r.ru)}</td>" + "".join(f"<td>{ru_pct(x, 1)}</td>"
                                                                             for x in values) + "</tr>"
                       for r, values in v.regions)
        total = "<tr><td>Всего по республике</td>" + "".join(f"<td>{ru_pct(t, 1)}</td>" for _, t in v.hourly) + "</tr>"
        self.add("rus", 1, "Явка избирателей в разрезе регионов", [
            _p("Ниже приведена явка избирателей по данным территориальных избирательных комиссий."),
            f'<table class="turnout"><thead><tr><th rowspan="2">Регион</th><th colspan="{len(v.hourly)}">Получили '
            f"бюллетени, % от включенных в списки</th></tr><tr>{heads}</tr></thead><tbody>{rows}{total}"
            "</tbody></table>"])
