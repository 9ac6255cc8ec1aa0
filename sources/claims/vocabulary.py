"""Controlled vocabularies of `core.detentions` and `core.infractions`, and the patterns built from the lexicons.

DESIGN.md fixes the values (sources/records.py defines them once); the words that mean each value live in
`sources/claims/lexicon/*.yaml` (findings, detentions, clauses), one entry per kind of phrasing with its English,
Russian and Kazakh forms. This module only compiles them: no wording is written here.

Subjects (who was detained)
    protesters | journalists | activists | observers | human rights defenders | people
Categories (what the infraction was)
    ballot_box_stuffing, voter_impersonation, multiple_ballots_issued, group_voting,
    identical_signatures, counting_irregularity, illegal_campaigning, pressure_on_voters,
    observer_obstruction, mixed (several kinds, or not said), other (a kind outside the list)
Measures (what was counted)
    reports, complaints, violations, administrative_cases, administrative_offences, criminal_cases,
    polling_stations, share_of_observations_pct, observed, persons_sanctioned
"""

from __future__ import annotations

import re
from typing import get_args

from sources.claims.lexicon import FLAGS, alternation, by_role, compile_forms, detention_words, forms_of, load
from sources.records import Category, Measure, Subject

SUBJECTS = frozenset(get_args(Subject))
CATEGORIES = frozenset(get_args(Category))
MEASURES = frozenset(get_args(Measure))

# --- who was detained ------------------------------------------------------------------------------
SUBJECT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (subject, re.compile(rf"{alternation(forms_of(section))}(?![\w-])", FLAGS))
    for subject, section in detention_words("subjects").items()
)
GROUP_RE = re.compile(rf"{alternation(forms_of(detention_words('groups')))}(?![\w-])", FLAGS)
# Who a detention verb names: the subjects, then members of a group (subject None: as written).
GROUP_PATTERNS: tuple[tuple[str | None, re.Pattern[str]], ...] = (*SUBJECT_PATTERNS, (None, GROUP_RE))
NON_PERSON_RE = re.compile(rf"{alternation(forms_of(detention_words('non_persons')))}(?![\w-])", FLAGS)
ELECTORAL_ACTOR_RE = compile_forms(detention_words("electoral_actors"))
PROTEST_RE = compile_forms(detention_words("protest"), whole_words=False, prefix=r"\b")
PREEMPTIVE_RE = compile_forms(detention_words("preemptive"))
PUBLIC_ORDER_RE = compile_forms(detention_words("public_order"), whole_words=False, prefix=r"\b")

# --- detentions ------------------------------------------------------------------------------------
DETENTION_VERB_RE = compile_forms(detention_words("verbs"), whole_words=False, prefix=r"\b")
DETENTION_NOUN_RE = compile_forms(detention_words("nouns"))
SANCTION_RE = compile_forms(detention_words("sanctions"), whole_words=False, prefix=r"\b")
LARGE_NUMBERS_RE = compile_forms(detention_words("large_numbers"), prefix=r"\b")
NUMBER_OF_DETAINED_RE = compile_forms(detention_words("number_of"), whole_words=False, prefix=r"\b")
GATHERING_RE = compile_forms(detention_words("gathering"), whole_words=False, prefix=r"\b")
MASS_DETENTION_RE = compile_forms(detention_words("mass"), whole_words=False, prefix=r"\b")


# --- infractions -----------------------------------------------------------------------------------
# Kinds of infraction (findings and assessments); the longest match wins, then the earlier entry.
def _composed() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A generic head and the process it concerns (findings.yaml, `composed`): one pattern per domain."""
    section = load("findings")["composed"]
    heads, joiners = alternation(forms_of(section["heads"])), alternation(forms_of(section["joiners"]))
    words = r"(?:[\w'’-]+,?\s+)"
    out = []
    for domain in section["domains"]:
        where = alternation(forms_of(domain))
        spelled = rf"{heads}\s+{words}{{0,4}}?{joiners}\s+{words}{{0,3}}?{where}"  # "problems with the count"
        compound = rf"{where}\s+{words}{{0,1}}?{heads}"  # "tabulation errors"
        pattern = rf"(?<![\w-])(?:{spelled}|{compound})(?![\w])"
        out.append((domain["category"], re.compile(pattern, FLAGS)))
    return tuple(out)


# The processes alone (`composed` domains), each with its category: the subject of an assessment said once for two
# processes ("Voting was assessed negatively in 14 per cent, and the count in 76 of 145 observations").
PROCESS_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (domain["category"], re.compile(alternation(forms_of(domain)), FLAGS))
    for domain in load("findings")["composed"]["domains"]
)


CATEGORY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *((f.category, f.pattern) for f in (*by_role("assessment"), *by_role("finding"))),
    *_composed(),
)
ASSESSMENT_RE = re.compile("|".join(f.pattern.pattern for f in by_role("assessment")), FLAGS)
# What a count counts; "cases" is resolved by who counted them (observed / violations).
MEASURE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    ("cases" if f.id == "cases" else f.measure, re.compile(rf"{alternation(forms_of(_entry))}(?![\w-])", FLAGS))
    for f, _entry in zip(
        by_role("measure"), (e for e in load("findings")["findings"] if e["role"] == "measure"), strict=True
    )
)
# Words between a count and its measure noun ("12 new complaints", "18 күрделі заңбұзушылық"): up to two.
MEASURE_FILLER_RE = re.compile(rf"\s*(?:{alternation(forms_of(load('findings')['measure_fillers']))}\s+){{0,2}}", FLAGS)
# Findings whose verb counts people as facts: "с участков выведены 32 человека" (findings.yaml `counts_people`).
PEOPLE_FINDINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (e["category"], re.compile(rf"(?<![\w-]){alternation(forms_of(e))}(?![\w])", FLAGS))
    for e in load("findings")["findings"]
    if e.get("counts_people")
)
SANCTION_VERB_RE = re.compile("|".join(f.pattern.pattern for f in by_role("sanction")), FLAGS)
# Violations named without a kind: counted, they are 'mixed'.
GENERIC_VIOLATION_RE = next(p for m, p in MEASURE_PATTERNS if m == "violations")
ALLEGATION_RE = compile_forms(load("clauses")["hedges"], whole_words=False)
ELABORATION_RE = compile_forms(load("clauses")["elaborations"])
# kinds given as examples only: "for offences such as …", "за такие нарушения, как …", "мысалы"
EXAMPLES = (
    r"\b(?:such\s+as|for\s+example|for\s+instance|e\.g\.)|(?<![\w-])(?:например|таких\s+как|такие\s+как|в\s+частности"
    r"|так(?:ие|их|ими)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s*как|мысалы|атап\s+айтқанда)(?![\w-])"
)
EXAMPLES_RE = re.compile(EXAMPLES, FLAGS)
# what keeps a sentence from elaborating on the kindless count before it: stations or cases it counts itself ("At 19
# polling stations our observers were expelled"), or kinds given as examples only
NO_ELABORATION_RE = re.compile(
    r"(?<![\d.,:])\d[\d,\s\u00a0]*\s+(?:polling\s+stations?|stations|counts|участк\w*|учаске\w*|подсч[её]т\w*)"
    rf"|{EXAMPLES}",
    FLAGS,
)
# a Kazakh whole named by its noun in the genitive, its part after it: "Расталған фактілердің 8-і …"
KK_WHOLE_GENITIVE = r"(?:факті|дерек|бұзушылық|заңбұзушылық|шағым|хабарлама|өтініш)\w*(?:дің|нің|тің|дың|ның|тың)"
# a part of the count before, by a number or a word: an elaboration of it gives the whole no kind
PART_COUNT_RE = re.compile(
    r"\d+\s+(?:of\s+(?:these|them|those|which|whom))\b|\b(?:из\s+(?:них|которых)|олардың)\s+\d"
    # a part said by a word, not a number: "Most of them concerned campaign materials, while 9 related to …"
    r"|\b(?:most|many|some|the\s+majority|a\s+majority|several|half)\s+of\s+(?:them|these|those|which)\b"
    r"|(?<![\w-])(?:большинство|большая\s+(?:их\s+)?часть|многие|часть|половина)\s+(?:из\s+)?(?:них|их)?"
    r"|(?<![\w-])(?:олардың|оның)\s+(?:көбі|басым\s+бөлігі|бір\s+бөлігі|жартысы)",
    FLAGS,
)
CONFIRMED_RE = compile_forms(load("clauses")["confirmed"])
# the words that introduce a part of what was just counted: "…, including 4 journalists", "в том числе 21 – …"
INCLUDING = (r"(?:including|among\s+them|among\s+whom|в\s+том\s+числе|среди\s+них|среди\s+которых|(?:с)?оның\s+ішінде"
             r"|олардың\s+(?:арасында|ішінде))")
# measures that say where or that a finding was seen: no count of things a later part can be of
NO_PART_MEASURES = frozenset({"observed", "share_of_observations_pct", "polling_stations", "cases"})
# Appeals that were inquiries: the ambiguous noun, and the words that say what they were about.
INQUIRY_NOUN_RE = compile_forms(load("clauses")["inquiries"]["nouns"])
INQUIRY_TOPIC_RE = compile_forms(load("clauses")["inquiries"]["topics"])
INQUIRY_CHANNEL_RE = compile_forms(load("clauses")["inquiries"]["channels"])

# A count of polling stations is an infraction measure only with a locative preposition before it.
POLLING_STATIONS_RE = re.compile(
    r"(?:polling\s+stations?|PSs|PECs?|precincts?|избирательн\w+\s+участк\w*|участк\w*|сайлау\s+учаске\w*"
    # bare "stations" of a vote ("in nine stations"), not police, railway or broadcasting ones
    r"|(?<!police\s)(?<!railway\s)(?<!train\s)(?<!bus\s)(?<!metro\s)(?<!radio\s)(?<!TV\s)(?<!petrol\s)stations"
    r"|учаске\w*)(?![\w-])",
    FLAGS,
)
# What a share is a share of: "of the polling stations observed", "of observations", "counts observed".
OBSERVATIONS_RE = re.compile(
    r"(?:(?:of|out\s+of)\s+(?:the\s+|all\s+|those\s+)?)?(?:[\w,.'’-]+\s+){0,2}(?:polling\s+stations?|observations|counts"
    r"|PECs?|TECs?|precincts|stations|cases\s+observed|visits|reports|observed|commissions|observers)"
    r"(?!\s+(?:members|chairs?|staff))|(?:из\s+)?(?:\w+\s+)?(?:избирательн\w+\s+)?участк\w*|наблюдени\w*|учаске\w*"
    r"|(?:\w+\s+)?подсч[её]т(?:ов|ах|а)(?![\w-])"  # "в 15 из 60 наблюдавшихся подсчётов": the counts observed
    r"|случа(?:ев|ях)(?![\w-])"  # "в 10 процентах случаев": of the cases observed
    r"|наблюдател\w*|бақылаушы\w*",  # "more than half of the observers rated the count bad": their observations
    FLAGS,
)
# "12 concerned ..." lists: the count's kind follows the verb, its measure comes from the head noun.
ENUMERATION_RE = re.compile(
    r"\s*(?:concerned|concerning|related\s+to|relating\s+to|were\s+related\s+to|involved|pertained\s+to"
    r"|dealt\s+with|regarded|regarding|were\s+about|about|were\s+for|for|on|касал\w*|касающ\w*|связан\w*\s+с"
    r"|по\s+фактам|о\s+фактах|қатысты|байланысты)\b",
    FLAGS,
)
_CLAUSES = load("clauses")
OBSERVATION_RE = compile_forms(_CLAUSES["observations"], whole_words=False, prefix=r"\b")
CASES_RE = compile_forms(_CLAUSES["instances"], whole_words=False, prefix=r"\b")
SPOKE_OF_VIOLATIONS_RE = compile_forms(_CLAUSES["spoke_of"], whole_words=False, prefix=r"\b")
UNQUANTIFIED_SHARE_RE = compile_forms(_CLAUSES["unquantified_shares"], whole_words=False, prefix=r"\b")

# --- clause-level cues ---------------------------------------------------------------------------------
VERBAL_NEGATION_RE = compile_forms(_CLAUSES["negators"])
PRIVATIVE_RE = compile_forms(_CLAUSES["privative"])
# the privative words ("жағдайларынсыз") negate what follows them as well as what they end
NOMINAL_NEGATION_RE = compile_forms({lang: [*forms, *_CLAUSES["privative"].get(lang, [])]
                                     for lang, forms in _CLAUSES["nominal_negators"].items()})
# a negation inside the verb's word, at its end: "ұсталмаған"
NEGATED_ENDING_RE = re.compile(f"{alternation(forms_of(_CLAUSES['negated_endings']))}$", FLAGS)
NEGATION_RE = re.compile(f"{VERBAL_NEGATION_RE.pattern}|{NOMINAL_NEGATION_RE.pattern}", FLAGS)
MODAL_RE = compile_forms(_CLAUSES["modals"])
BLOCKER_RE = compile_forms(_CLAUSES["blockers"], whole_words=False)
BOUNDARY_RE = re.compile(alternation(forms_of(_CLAUSES["boundaries"])), FLAGS)
EMBEDDED_CLAUSE_RE = re.compile(alternation(forms_of(_CLAUSES["embedded"])), FLAGS)
FRONTED_CLAUSE_RE = re.compile(alternation(forms_of(_CLAUSES["fronted"]["opens"])), FLAGS)
BACK_REFERENCE_RE = re.compile(rf"\s*{alternation(forms_of(_CLAUSES['fronted']['back_reference']))}(?![\w-])", FLAGS)
# Mood that reports no event just before a detention word: "could be detained", "risk of detention".
HYPOTHETICAL_RE = re.compile(
    # ("may" after a day is the month: "On 1 May police detained 40 people")
    r"\b(?:could|(?<!\d\s)may|might|would|should|risk(?:ed|s)?|threat(?:s|ened)?|fear(?:s|ed)?|face[sd]?|allow(?:s|ed)?"
    r"|permits?|may\s+be|могут|может|угроз\w*|риск\w*)\b(?:\s+\w+){0,3}\s*$",
    FLAGS,
)
