"""A release's title read as one more clause: the national figure only the title states ("В Казахстане
проголосовали 66,9% избирателей" over a body that gives the regions), never a second value beside the body's."""

from __future__ import annotations

from sources.figures.asides import exit_poll
from sources.figures.binder import Binder
from sources.figures.claims import Located
from sources.figures.readings import Reading
from sources.figures.text_layer import split_clauses, split_sentences
from sources.records import Evidence, Stage, Unread


def _slot(reading: Reading) -> tuple:
    return reading.subject, reading.field, reading.name if reading.subject == "contestant" else None


def title_figures(title: str, binder: Binder, body: list[Located], document_id: str, stage: Stage,
                  as_of: str | None) -> tuple[list[Located], list[Unread]]:
    """The title read as one more clause, only for a national figure the body does not state ("В Казахстане
    проголосовали 66,9% избирателей" over a body of regions): the body's own figure is the document's (a title
    restating it adds nothing, a title stating another value is recorded unread), and an exit poll's or a
    region's figure in a title is never the commission's national one."""
    if not title or exit_poll(title):
        return [], []
    stated: dict[tuple, set[float]] = {}
    by_field: dict[tuple, set[float]] = {}  # a value the body gives anyone: the title restates it, whoever it names
    named = {x.reading.name for x in body if x.reading.subject == "contestant"}
    for item in body:
        if item.reading.region_name is None:
            stated.setdefault(_slot(item.reading), set()).add(item.reading.value)
            by_field.setdefault((item.reading.subject, item.reading.field), set()).add(item.reading.value)
    located: list[Located] = []
    unread: list[Unread] = []
    binder.new_block()
    for sentence in split_sentences(title):
        for clause in split_clauses(sentence):
            read = binder.bind(clause, sentence=sentence)
            unread.extend(read.unread)
            for reading in read.readings:
                body_values = stated.get(_slot(reading))
                if reading.region_name is not None:
                    unread.append(Unread(clause, f"{reading.figure.text}: a region's figure in the title only",
                                         reading.figure.text))
                elif any(abs(v - reading.value) < 1e-9 for v in by_field.get((reading.subject, reading.field), ())):
                    continue  # the body's figure, restated
                elif reading.subject == "contestant" and reading.name not in named:
                    unread.append(Unread(clause, f"{reading.figure.text}: the title's {reading.name!r} has no figure "
                                                 "in the body", reading.figure.text))
                elif body_values:
                    unread.append(Unread(clause, f"{reading.figure.text}: the title's {reading.field} differs from "
                                                 f"the body's ({', '.join(f'{v:g}' for v in sorted(body_values))})",
                                         reading.figure.text))
                else:
                    located.append(Located(reading, Evidence(document_id, title), stage,
                                           as_of))
    return located, unread
