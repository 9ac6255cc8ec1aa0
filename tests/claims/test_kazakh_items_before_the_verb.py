"""Kazakh says a detention's verb once, after its last item ("төртеуі Алматыда, екеуі Ақтөбеде ұсталғанын айтты"):
every item with its place is a detention; "байқаушы" is an observer as "бақылаушы" is; a class noun in the
genitive opening the sentence ("Бірлестіктің мәліметінше") is the body named before (sentences of ours)."""

from __future__ import annotations

from .documents import read


def test_items_before_one_verb_are_each_a_detention() -> None:
    detentions, _ = read("Полиция мәліметінше, 14 адам Алматыда, 9 адам Шымкентте ұсталды.", language="kk")
    assert sorted((d.detained_min, d.location) for d in detentions) == [(9, "Шымкент"), (14, "Алматы")]


def test_observers_by_the_other_kazakh_word_and_the_body_named_before() -> None:
    detentions, _ = read("«Адал бақылау» қоғамдық бірлестігі сайлау қорытындысын жариялады.",
                         "Бірлестіктің мәліметінше, сайлау күні Таразда екі байқаушы ұсталды.", language="kk",
                         publisher="cec")
    assert [(d.detained_min, d.subject, d.reported_by) for d in detentions] == [(2, "observers", "Адал бақылау")]
