"""Who reported a figure: the source named in the sentence, not the document's publisher.

A name counts as the reporter only in a reporting role: "according to X", "X reported / said /
informed / registered / observed ...", "reported by X", "по данным X", "X сообщил", "в X поступило",
"X мәліметінше", and the Kazakh verb that ends the clause ("X ... 53 адамның ұсталғанын мәлім етті"), the Kazakh
recipient of a receiving verb in the dative ("прокуратура органдарына ... 37 шағым келіп түсті"), and a name that
opens its clause before any finite verb that is not the event itself ("The Interior Ministry released figures showing
...", "Генпрокуратура обнародовала данные о ..."; not "Police detained 41 people"). A name in another role ("the CEC
informed *the mission*", "*observers* were deployed") does not. `named_subject` gives the institution a sentence is
about, whatever its verb, for a pronoun that speaks next ("It said that ...", "По её данным"); `lead_organisation` the
organisation named in quotes at a story's lead, which speaks for the findings the story lists without a source.

The names and their normalised forms are in reporter_names.py; whether a name is in a reporting role, in
reporting_role.py; the institution a sentence is about, in reporter_subjects.py.

Sources outside this list are kept as written (reporter_outlets.py finds them): a press outlet or website named in
a reporting role ("передаёт «X»", "Как пишет x.kz", "according to the news agency X", "X reported"), eyewitnesses
("по словам очевидцев"), "как сообщают <whoever>", an office an outlet cites ("со ссылкой на пресс-службу
президента"); an outlet citing a listed source ("X reports, citing the Interior
Ministry", "со ссылкой на МВД") passes that source on. The verb may come first: "Об этом заявил <role>",
"..., said the website of the police".

A sentence that names the reporter of the claims before it ("Об этом заявил ...", "This was reported by ...",
"1,500 of them were released, X reports"; "Как сообщает X, людей задерживают ..." right after detentions no one
was named for) gives them that reporter when they had none of their own; cases,
sanctions and complaints keep the paragraph's authority (the prosecutors who opened the cases).

A source of any other name is found by the frame that makes it one (source_frames.py): "according to X", "по
словам X", "X-ның мәліметінше", "X added that ...", "..., X said.", a statement's "We, the undersigned X", a ticker's
"X: ..." and a headline's "... — X." -- kept as written, or as the listed name inside it.

When a sentence names no reporter: a sentence that continues the paragraph's account ("Of the administrative
offence cases reported later, 12 ...", "Of them", "Из них") or whose speaker goes on ("He said that ...") keeps the
reporter of the sentence before; otherwise the source its paragraph named last reports it (attribution.py), unless
it is the mission's own observation ("were observed", "noted", "assessed"); otherwise the publisher speaks for
itself (cec → CEC, osce → ODIHR).
"""

from __future__ import annotations

import re

from sources.claims.cues import SPEAKER_RE
from sources.claims.reporter_names import (
    FLAGS,
    PREPOSITION_BEFORE_RE,
    REPORTER_PATTERNS,
    ReporterMention,
    default_reporter,
)
from sources.claims.reporter_outlets import BYLINE_RE, CITING_RE, cited_offices, named_outlets
from sources.claims.reporter_roles import organisation_subjects, role_reporters
from sources.claims.reporter_subjects import LEAD_SUBJECT_REACH, introduced_body, lead_organisation, named_subject
from sources.claims.reporting_role import in_role, reporting_verb_after
from sources.claims.source_frames import framed_sources, said_in_sources
from sources.claims.spans import leftmost_longest
from sources.claims.vocabulary import CATEGORY_PATTERNS, DETENTION_VERB_RE
from sources.text.letters import CAPITALISED_WORD

__all__ = [
    "FLAGS",
    "LEAD_SUBJECT_REACH",
    "PREPOSITION_BEFORE_RE",
    "REPORTER_PATTERNS",
    "ReporterMention",
    "default_reporter",
    "find_reporters",
    "introduced_body",
    "lead_organisation",
    "named_subject",
    "reporting_verb_after",
]

CITING_REACH = 90  # characters between an outlet and the source it cites


def find_reporters(text: str) -> list[ReporterMention]:
    """Reporters the text names in a reporting role, in order; overlapping names keep the longest."""
    candidates = [(m.start(), m.end(), name) for name, pattern in REPORTER_PATTERNS for m in pattern.finditer(text)]
    kept = leftmost_longest(candidates, lambda c: (c[0], c[1]))
    organisations = organisation_subjects(text)
    kept = [k for k in kept if not any(o.start <= k[0] and k[1] <= o.end for o in organisations)]
    # a name inside the detention's own words is where people were taken, not who tells: "в отделы полиции доставили"
    taken_to = [m.span() for m in DETENTION_VERB_RE.finditer(text)]
    kept = [k for k in kept if not any(s < k[0] and k[1] <= e for s, e in taken_to)]
    # the object of a finding's own words is whom it befell: "interference in the work of citizen observers"
    findings = [m.span() for _, p in CATEGORY_PATTERNS for m in p.finditer(text)]
    kept = [k for k in kept if not (any(s < k[0] and k[1] <= e for s, e in findings)
                                    and PREPOSITION_BEFORE_RE.search(text, max(0, k[0] - 20), k[0]))]
    known = [ReporterMention(s, e, name or text[s:e]) for s, e, name in kept if in_role(text, s, e)]
    taken = [(m.start, m.end) for m in (*known, *(ReporterMention(s, e, n) for s, e, n in kept))]
    # "В акимате Алматы сообщили": the city is the institution's, no outlet of its own
    said_in = said_in_sources(text)
    outlets = [ReporterMention(*m) for m in named_outlets(text) if not any(s.start <= m.start < s.end for s in said_in)]
    outlets = [m for m in outlets if not any(s < m.end and m.start < e for s, e in taken)]
    # an office cited by name when no listed source is inside it: "со ссылкой на пресс-службу президента"
    cited = [ReporterMention(*c) for c in cited_offices(text) if not any(c.start <= s and e <= c.end for s, e in taken)]
    outlets = [o for o in outlets if not any(c.start < o.end and o.start < c.end for c in cited)] + cited
    # "X reports, citing the Ministry": the figure is the Ministry's; the outlet only passes it on (its correspondent
    # and the region may stand between: "Корреспондент Радио Свобода в ... области со ссылкой на департамент полиции").
    sources = [k for k in (*known, *cited) if k.reporter]
    outlets = [
        o
        for o in outlets
        if not any(0 <= k.start - o.end <= CITING_REACH and CITING_RE.search(text, o.end, k.start) for k in sources)
    ]
    # "the news agency Akipress", "по словам правозащитника Евгения Жовтиса": the outlet or person named, not the
    # generic "media" or "civil society organisations" their role word stands for.
    generic = ("media", "civil society organisations")
    known = [k for k in known if k.reporter not in generic or not any(0 <= o.start - k.end <= 2 for o in outlets)]
    # a class of source with its own name in quotes: "правозащитного центра «Кадир-касиет»" is the centre named
    known = [_named_in_quotes(text, k) if k.reporter in generic else k for k in known]
    outlets += [ReporterMention(*r) for r in role_reporters(text) if all(r.end <= s or e <= r.start for s, e in taken)]
    outlets += [ReporterMention(*o) for o in organisations]
    if (m := BYLINE_RE.match(text)) is not None:
        outlets = [o for o in outlets if o.start >= m.end()] + [ReporterMention(*m.span("name"), m.group("name"))]
    named = [*known, *outlets]
    found = [*named, *_framed(text, named, kept)]
    # the one told, not telling: "рассказали корреспонденту KazTAG", "told Azattyq's reporter"
    found = [m for m in found if not _ADDRESSEE_BEFORE_RE.search(text, max(0, m.start - 24), m.start)]
    return sorted(found, key=lambda m: m.start)


_ADDRESSEE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:корреспонденту|корреспондентам|журналисту|журналистам|репорт[её]ру|репорт[её]рам)\s+[«\"]?$", FLAGS
)


def _framed(text: str, named: list[ReporterMention], listed: list[tuple[int, int, str]]) -> list[ReporterMention]:
    """Sources of any name their frame makes sources (source_frames.py), where no source was found: a listed name
    inside the frame is that name normalised ("according to the press service of the city police" → police)."""
    out = []
    back = SPEAKER_RE.match(text)  # "Коалиция мәліметінше, ...": the class noun points back to who spoke before
    for frame in framed_sources(text):
        if any(n.start < frame.end and frame.start < n.end for n in named):
            continue
        if back is not None and frame.start < back.end():
            continue
        inside = [(s, e, name) for s, e, name in listed if name and frame.start <= s and e <= frame.end]
        out.append(ReporterMention(*inside[0]) if inside else ReporterMention(*frame))
    return out


_QUOTED_AFTER_RE = re.compile(r"\s{0,2}[«\"“](?P<name>[^«»\"“”]{2,40})[»\"”]")
# a person's name right after the role word: "правозащитница Бахытжан Торегожина", "rights defender Aida Sarsen"
_PERSON_AFTER_RE = re.compile(rf"\s{CAPITALISED_WORD}\s{CAPITALISED_WORD}(?![\w-])")


# the body's own name right before its class noun: "The Erkindik Kanaty human rights bureau told ODIHR",
# "«Еркіндік қанаты» құқық қорғау бюросының мәліметінше"
_NAMED_BEFORE_RE = re.compile(
    # (an English name only after its article: "Several citizen observers" names no body)
    r"(?:(?<![\w-])[Tt]he\s+(?-i:(?P<words>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}))"
    r"|[«\"“](?P<quoted>[^«»\"“”]{2,40})[»\"”])\s+$"
)


def _named_in_quotes(text: str, mention: ReporterMention) -> ReporterMention:
    m = _QUOTED_AFTER_RE.match(text, mention.end)
    if m is not None:
        return ReporterMention(mention.start, m.end(), m.group("name").strip())
    before = _NAMED_BEFORE_RE.search(text, max(0, mention.start - 60), mention.start)
    if before is not None and (name := before.group("words") or before.group("quoted")):
        return ReporterMention(before.start(), mention.end, name.strip())
    person = _PERSON_AFTER_RE.match(text, mention.end)
    return ReporterMention(mention.start, person.end(), text[mention.start : person.end()]) if person else mention
