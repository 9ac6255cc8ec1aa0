"""A Kazakh case ending hyphenated after an acronym ("ІІМ-нің", "ОСК-ға") leaves the acronym the reporter.

Every sentence here is invented for this file.
"""

from __future__ import annotations

from .documents import read


def test_genitive_after_interior_ministry_acronym() -> None:
    detentions, _ = read("ІІМ-нің мәліметінше, кеше 14 адам ұсталды.", language="kk")  # type: ignore[arg-type]
    assert [(d.detained_min, d.reported_by) for d in detentions] == [(14, "Ministry of Internal Affairs")]


def test_genitive_after_cec_acronym() -> None:
    _, infractions = read("ОСК-ның мәліметінше, 7 шағым түсті.", language="kk")  # type: ignore[arg-type]
    assert [(i.measure, i.value, i.reported_by) for i in infractions] == [("complaints", 7.0, "CEC")]



def test_dative_after_cec_acronym_is_the_recipient_that_counts() -> None:
    # the dative of a back vowel is written with ғ ("ОСК-ға"), of a front one with г/к ("ІІМ-ге", "ОСК-ке")
    for sentence, reporter in (("ОСК-ға кеше 19 шағым түсті.", "CEC"), ("ІІМ-ге 19 арыз келіп түсті.",
                                                                         "Ministry of Internal Affairs")):
        _, infractions = read(sentence, language="kk")  # type: ignore[arg-type]
        assert [(i.measure, i.value, i.reported_by) for i in infractions] == [("complaints", 19.0, reporter)]
