"""Text-layer benchmark: throughput (MB/s) of `read_numbers` and `split_sentences` on generated bulletin text
(one sentence of figures -- counts, shares, clock times, dates, years -- to two of prose),
against the baseline measured in the same run: one plain `re.finditer(r"\\d+")` pass over the same text.
Run: `.venv/bin/python -m bench.text [--megabytes N]`.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable

from sources.text import read_numbers, split_sentences

SENTENCES = (
    "По состоянию на {h} часов {d} июня {y} года бюллетени получили {n} избирателей, или {p} процента.",
    "На {h}.{m:02d} явка составила {p} %; в г. Алматы – {p2} %, в Актюбинской – {p3} %.",
    "Кандидат Сериков Н. Б. набрал {n} голосов ({p} %), согласно ст. 44 Закона.",
    "Всего {mil} млн {th:03d} тыс. {u:03d} избирателей включены в списки.",
    "Сағат {h}.00-дегі жағдай бойынша сайлаушылардың {p} пайызы бюллетень алды, {y} жылғы {d} қаңтар.",
    "Turnout stood at {pe} percent as of 6 p.m. on {d} June {y}; {ne} people voted.",
    "12 миллионов 284 тысячи 487 избирателей, {n} человек, или {p}%-ы.",
)

# Prose around the figures, as releases and reports have it (about two sentences of prose to one of figures).
PROSE = (
    "Центральная избирательная комиссия Республики Казахстан информирует о ходе голосования на выборах.",
    "Голосование проходит в штатном режиме, нарушений избирательного законодательства не выявлено.",
    "Сайлау учаскелері белгіленген уақытта жұмысын бастады, дауыс беру қалыпты жағдайда өтуде.",
    "Observers noted that the voting process was generally calm, although procedural problems were seen.",
    "Члены участковых комиссий, т.е. все наблюдатели, были допущены к подсчету голосов, см. ст. 44 Закона.",
)


def bulletin_text(megabytes: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        n = rng.randint(0, 12_000_000)
        sentence = rng.choice(SENTENCES).format(
            h=rng.randint(7, 23),
            m=rng.choice([0, 10, 30]),
            d=rng.randint(1, 28),
            y=rng.randint(1995, 2026),
            n=f"{n:,}".replace(",", " "),
            ne=f"{n:,}",
            p=f"{rng.uniform(0, 100):.2f}".replace(".", ","),
            p2=f"{rng.uniform(0, 100):.1f}".replace(".", ","),
            p3=f"{rng.uniform(0, 100):.1f}".replace(".", ","),
            pe=f"{rng.uniform(0, 100):.1f}",
            mil=n // 1_000_000,
            th=n // 1000 % 1000,
            u=n % 1000,
        )
        parts.append(sentence)
        parts.extend(rng.choice(PROSE) for _ in range(2))
        size += sum(len(p.encode()) + 1 for p in parts[-3:])
    return " ".join(parts)


def timed(fn: Callable[[str], object], text: str, repeat: int = 3) -> float:
    """The best CPU time of `repeat` runs: process time, so that other work on a shared machine does not count."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn(text)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=1.0)
    args = parser.parse_args()
    text = bulletin_text(args.megabytes)
    mb = len(text.encode()) / 1_000_000
    baseline = timed(lambda t: sum(1 for _ in re.finditer(r"\d+", t)), text)
    numbers = timed(read_numbers, text)
    sentences = timed(split_sentences, text)
    count = len(read_numbers(text))
    print(f"text layer on {mb:.2f} MB of generated bulletin text ({count} numbers)")
    print(f"  read_numbers:    {numbers:6.3f} s  {mb / numbers:7.2f} MB/s")
    print(f"  split_sentences: {sentences:6.3f} s  {mb / sentences:7.2f} MB/s")
    print(f"  baseline (re.finditer(r'\\d+')): {baseline:6.3f} s  {mb / baseline:7.2f} MB/s")
    print(
        f"  ratio read_numbers / baseline: {numbers / baseline:.1f}  split_sentences / baseline: "
        f"{sentences / baseline:.1f}  (lower is better)"
    )


if __name__ == "__main__":
    main()
