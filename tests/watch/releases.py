"""Invented CEC releases for the watch tests, in the site's two templates and three languages: the final stage
of the 2024 referendum (absent from the snapshot, which has its preliminary figures), with figures that add up
(5 562 100 + 2 045 000 + 213 104 invalid = 7 820 204 who took part, 63,66 % of 12 284 487)."""

from __future__ import annotations

ARTICLE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="UTF-8"><title>{title}</title></head>
<body><div class="workarea"><article class="press-release">
<header><time datetime="{date}">{date}</time><h1>{title}</h1></header>
<section class="press-release__body">
{body}
</section></article></div></body></html>
"""
DETAIL = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>{title}</title></head>
<body><div class="workarea"><div class="news-detail">
<span class="news-date-time">{dotted}</span>
<h3>{title}</h3>
<div class="news-detail-text">
{body}
</div></div></div></body></html>
"""

RELEASES: dict[str, dict[str, str]] = {
    "rus": {
        "template": ARTICLE,
        "title": "Сообщение Центральной избирательной комиссии Республики Казахстан об итогах республиканского "
                 "референдума по вопросу строительства атомной электростанции",
        "body": "<p>Центральная избирательная комиссия установила окончательные итоги республиканского "
                "референдума, проведённого 6 октября 2024 года.</p>\n"
                "<p>В списки избирателей было включено 12 284 487 граждан; проголосовали 7 820 204 избирателя, "
                "что составляет 63,66 процента.</p>\n<p>Ответы распределились так:</p>\n"
                "<p>«Да» – 5 562 100 голосов, или 71,13 %;</p>\n<p>«Нет» – 2 045 000 голосов, или 26,15 %;</p>\n"
                "<p>Признано недействительными 213 104 бюллетеня.</p>",
    },
    "kaz": {
        "template": DETAIL,
        "title": "Атом электр станциясын салу мәселесі бойынша республикалық референдумның қорытындылары туралы "
                 "Орталық сайлау комиссиясының хабарламасы",
        "body": "<p>2024 жылғы 6 қазанда өткен республикалық референдумның түпкілікті қорытындылары шығарылды.</p>\n"
                "<p>Сайлаушылар тізіміне 12 284 487 азамат енгізілді. Дауыс беруге 7 820 204 сайлаушы, немесе "
                "63,66 пайыз қатысты.</p>\n"
                "<table class=\"table\"><tr><th>Жауап</th><th>Дауыс саны</th><th>Пайыз</th></tr>\n"
                "<tr><td>«Иә»</td><td>5 562 100</td><td>71,13</td></tr>\n"
                "<tr><td>«Жоқ»</td><td>2 045 000</td><td>26,15</td></tr></table>",
    },
    "eng": {
        "template": DETAIL,
        "title": "CEC announces the final results of the republican referendum on building a nuclear power plant",
        "body": "<p>The Central Election Commission has established the final results of the republican "
                "referendum held on 6 October 2024.</p>\n"
                "<p>A total of 12,284,487 citizens were on the voter lists, and 7,820,204 of them (63.66%) voted.</p>\n"
                "<p>The answers were as follows:</p>\n<p>Yes – 5,562,100 votes (71.13%);</p>\n"
                "<p>No – 2,045,000 votes (26.15%);</p>\n<p>213,104 ballots were declared invalid.</p>",
    },
}
VOTES = {"yes": 5_562_100, "no": 2_045_000}


def release_html(lang: str, date: str = "2024-10-14") -> str:
    r = RELEASES[lang]
    y, m, d = date.split("-")
    return r["template"].format(lang=lang[:2], title=r["title"], body=r["body"], date=date, dotted=f"{d}.{m}.{y}")
