"""A person named first, the role set off after the name ("X Y, an activist of the Z movement, was detained"), is one
detainee; the role may quote a name with a comma in it. Sentences of ours, in the shapes of press reports."""

from __future__ import annotations

import pytest

from sources.records import Language

from .documents import read


@pytest.mark.parametrize(("text", "language", "subject"), [
    ("Aigerim Tleuzhan, an activist of the Jana Jol movement, was detained in Almaty.", "en", "activists"),
    ("Aigerim Tleuzhan, an activist of the Oyan, Qazaqstan movement, was detained in Almaty.", "en", "activists"),
    ("Асель Нурланова, журналист издания «Власть», была задержана в Алматы.", "ru", "journalists"),
    ("Марат Жумабеков, наблюдатель от движения «Оян, Казахстан», был задержан у участка в Алматы.", "ru",
     "observers"),
    ("Асқар Ермеков, «Оян, Қазақстан» қозғалысының белсендісі, Алматыда ұсталды.", "kk", "activists"),
    ("Асқар Ермеков, белсенді, Алматыда ұсталды.", "kk", "activists"),
])
def test_a_person_named_before_the_role_is_one_detainee(text: str, language: Language, subject: str) -> None:
    detentions, _ = read(text, language=language)
    assert [(d.detained_min, d.detained_max, d.subject) for d in detentions] == [(1, 1, subject)]


@pytest.mark.parametrize(("text", "language"), [
    ("Aigerim Tleuzhan, an activist of the movement, and a journalist were detained in Almaty.", "en"),
    ("Асель Нурланова, журналист издания «Власть», и её оператор были задержаны в Алматы.", "ru"),
])
def test_a_named_person_joined_by_another_is_not_one(text: str, language: Language) -> None:
    detentions, _ = read(text, language=language)
    assert [d.detained_min for d in detentions if d.detained_min == 1] == []
