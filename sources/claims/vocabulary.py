"""Controlled vocabularies of `core.detentions` and `core.infractions`, and the words that map onto them.

DESIGN.md fixes the values; this module fixes which English, Russian and Kazakh wordings mean which
value. Every pattern is written for a *kind* of phrasing, not for one report's sentence: reports from
other years word the same findings differently.

Subjects (who was detained)
    protesters | journalists | activists | observers | human rights defenders | people
Categories (what the infraction was)
    ballot_box_stuffing, voter_impersonation, multiple_ballots_issued, group_voting,
    identical_signatures, counting_irregularity, illegal_campaigning, pressure_on_voters,
    observer_obstruction, mixed (several kinds, or not said), other (a kind outside the list)
Measures (what was counted)
    reports, complaints, violations, administrative_cases, administrative_offences, criminal_cases,
    polling_stations, share_of_observations_pct, observed
"""

from __future__ import annotations

import re
from typing import get_args

from sources.records import Category, Measure, Subject

FLAGS = re.IGNORECASE

SUBJECTS = frozenset(get_args(Subject))
CATEGORIES = frozenset(get_args(Category))
MEASURES = frozenset(get_args(Measure))


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


# --- who was detained ------------------------------------------------------------------------------
# Most specific first: "human rights activists" are defenders, not activists; "participants of
# rallies" are protesters, bare "participants" only people.
SUBJECT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (subject, _compile(rf"(?:{pattern})(?![\w-])"))
    for subject, pattern in (
        ("human rights defenders", r"human[- ]rights\s+(?:defenders?|activists?|lawyers?)|правозащитник\w*"
                                   r"|құқық\s+қорғаушы\w*"),
        ("protesters", r"protest(?:e|o)rs?|demonstrators?|picketers?|marchers?"
                       r"|(?:rally|protest|demonstration)\s+participants"
                       r"|participants\s+(?:in|of)\s+(?:the\s+)?(?:\w+\s+)?(?:protests?|rallies|rally|demonstrations?"
                       r"|gatherings?|marches?|assemblies)"
                       r"|протестующ\w*|митингующ\w*|демонстрант\w*|пикетчик\w*"
                       r"|участник\w*\s+(?:\w+\s+){0,2}?(?:акци|митинг|протест|шестви|собрани|демонстрац)\w*"
                       r"|наразылық\s+(?:білдірушілер|акциясына\s+қатысушылар)\w*|шеру\w*\s+қатысушылар\w*"),
        ("journalists", r"journalists?|reporters?|bloggers?|media\s+(?:workers?|representatives?)"
                        r"|camera\s*(?:men|man|persons?|operators?)|photographers?|photojournalists?"
                        r"|журналист\w*|блогер\w*|корреспондент\w*|репортер\w*|тілші\w*"),
        ("observers", r"(?:citizen\s+|domestic\s+|international\s+|party\s+)?observers?|monitors?"
                      r"|наблюдател\w*|бақылаушы\w*"),
        ("activists", r"(?:opposition\s+|civic\s+|civil\s+society\s+|political\s+)?activists?"
                      r"|opposition\s+(?:supporters|members)|supporters|oppositionists?"
                      r"|активист\w*|сторонник\w*|оппозиционер\w*|белсенді\w*"),
        ("people", r"people|persons?|individuals?|citizens?|residents?|youths?|young\s+(?:people|men)"
                   r"|men|women|participants|detainees?"
                   r"|человек\w*|граждан\w*|лиц|лица|люд\w*|жител\w*|участник\w*|задержанн\w*"
                   r"|адам\w*|азамат\w*|тұрғын\w*"),
    )
)  # fmt: skip

# Words that make "people" protesters when the paragraph is about a protest.
PROTEST_RE = _compile(
    r"\b(?:protest\w*|rall(?:y|ies)|demonstrat\w*|gatherings?|dispers\w*|marche[sd]|unsanctioned|unauthori[sz]ed"
    r"|митинг\w*|протест\w*|акци\w+\s+протеста|несанкционированн\w*|шестви\w*|демонстрац\w*"
    r"|наразылық\w*|шеру\w*|рұқсат\s*сыз)"
)

# --- detentions ------------------------------------------------------------------------------------
# Participles and verbs that say people were deprived of liberty around the election.
DETENTION_VERB_RE = _compile(
    r"\b(?:detained|detaining|detain|arrested|arresting|apprehended|rounded\s+up"
    r"|taken\s+into\s+(?:police\s+)?custody|taken\s+to\s+(?:police\s+stations?|the\s+police)"
    r"|held\s+(?:in|at)\s+(?:police\s+)?(?:custody|detention|police\s+stations?)"
    r"|among\s+(?:those|the\s+people|the\s+persons)\s+(?:detained|arrested)"
    r"|задерж(?:ан|ал|ива|ат|ив)\w*|арестован\w*|арестовал\w*|доставлен\w*\s+в\s+(?:отдел|органы|ОВД|полици)\w*"
    r"|ұстал\w*|ұстады|қамауға\s+алын\w*|тұтқындал\w*)"
)
# Nouns: "4,000 detentions", "the detention of 30 activists", "арест", "задержания".
DETENTION_NOUN_RE = _compile(
    r"\b(?:detentions?|arrests?|detainees|задержани\w*|аресты|арестов|ұстау\w*|тұтқындау\w*)\b"
)
# Sanctions and legal measures, not detentions: "sentenced to administrative arrest".
SANCTION_RE = _compile(
    r"\b(?:administrative(?:ly)?\s+(?:arrests?|arrested|detention)|(?:sentenced|subjected|condemned|ordered)\s+to\s+"
    r"(?:\w+\s+){0,4}?(?:arrest|detention|imprisonment)|(?:days?|weeks?)\s+(?:of|in)\s+(?:administrative\s+)?"
    r"(?:arrest|detention)|arrest\s+warrants?|административн\w+\s+арест\w*|арестован\w*\s+на\s+\d|аресту\b"
    r"|әкімшілік\s+қамау\w*)"
)
# Adverbials that make an uncounted detention a claim: "detained in large numbers".
LARGE_NUMBERS_RE = _compile(
    r"\b(?:in\s+(?:large|great|significant|high|considerable)\s+numbers|en\s+masse|massively"
    r"|массово|в\s+массовом\s+порядке|жаппай)\b"
)
MASS_DETENTION_RE = _compile(
    r"\b(?:mass|large-scale|widespread|массов\w+|жаппай)\s+(?:detentions?|arrests?|задержани\w*|арест\w*|ұстау\w*)"
)

# --- infractions -----------------------------------------------------------------------------------
# First match in a phrase decides, so "issued ballots to allow people to vote for others" is a
# ballot-issuing case, not impersonation.
CATEGORY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, _compile(pattern))
    for category, pattern in (
        ("ballot_box_stuffing",
         r"ballot[- ]?box(?:es)?[- ]stuffing|stuff(?:ing|ed)\s+(?:of\s+)?(?:the\s+)?ballot[- ]?box(?:es)?"
         r"|ballot[- ]stuffing|(?:ballot[- ]?boxes|boxes)\s+(?:were\s+)?stuffed|вброс\w*"
         r"|бюллетен\w*\s+(?:\w+\s+){0,2}?заңсыз\s+салу\w*"),
        ("multiple_ballots_issued",
         r"issu\w*\s+(?:more\s+than\s+one|multiple|several|additional|extra|two\s+or\s+more)\s+ballots?"
         r"|(?:multiple|several|more\s+than\s+one)\s+ballots?\s+(?:being\s+|were\s+|was\s+)?(?:issued|given|handed)"
         r"|issu\w*\s+ballots?\s+(?:papers?\s+)?(?:\w+\s+){0,6}?(?:vote\s+(?:for|on\s+behalf\s+of|in\s+place\s+of)"
         r"\s+(?:others|other\s+\w+|another)|to\s+(?:one|a\s+single)\s+(?:voter|person))"
         r"|выдач\w*\s+(?:\w+\s+){0,3}?(?:нескольк\w+|более\s+одного|двух|лишн\w+)\s+бюллетен\w*"
         r"|бюллетен\w*\s+(?:\w+\s+){0,2}?нескольк\w+\s+раз|бірнеше\s+бюллетень\w*\s+(?:\w+\s+)?бер\w*"),
        ("voter_impersonation",
         r"(?:voter\s+)?impersonation|vot(?:e|ed|ing)\s+(?:for|on\s+behalf\s+of|in\s+place\s+of|instead\s+of)\s+"
         r"(?:an?\s+)?(?:others|other\s+(?:voters|persons|people|family\s+members)|another\s+(?:voter|person)"
         r"|absent\s+voters)|голосовани\w*\s+(?:за|вместо)\s+(?:других|другое|другого|иных|отсутствующ)\w*"
         r"|проголосова\w*\s+(?:за|вместо)\s+(?:других|другого|другое)\w*"
         r"|басқа\s+(?:адам|тұлға|сайлаушы)\w*\s+(?:орнына|үшін|атынан)\s+дауыс\s+бер\w*"),
        ("group_voting",
         r"group\s+voting|family\s+voting|voting\s+in\s+groups|collective\s+voting|групп\w+\s+голосовани\w*"
         r"|семейн\w+\s+голосовани\w*|топтық\s+дауыс\s+бер\w*|отбасылық\s+дауыс\s+бер\w*"),
        ("identical_signatures",
         r"identical\s+signatures|signatures\s+(?:\w+\s+){0,3}?(?:identical|the\s+same)|similar\s+signatures"
         r"|идентичн\w+\s+подпис\w*|одинаков\w+\s+подпис\w*|бірдей\s+қол(?:таңба)?\w*"),
        ("counting_irregularity",
         r"(?:count|counting|vote\s+count|tabulation)\b[^.;]{0,60}?\b(?:assessed|evaluated|rated)\s+(?:as\s+)?"
         r"(?:negatively|bad|very\s+bad|poor|poorly)"
         r"|(?:assessed|evaluated|rated)\s+(?:the\s+)?(?:vote\s+)?(?:count|counting|tabulation)\s+(?:\w+\s+){0,2}?"
         r"(?:negatively|as\s+bad|poorly)"
         r"|negative\s+assessments?\s+of\s+(?:the\s+)?(?:vote\s+)?(?:count|counting|tabulation)"
         r"|counting\s+(?:irregularities|violations)|(?:irregularities|violations)\s+(?:during|in)\s+(?:the\s+)?"
         r"(?:vote\s+)?(?:count|counting)\b|count(?:ing)?\s+procedures\s+(?:were\s+)?(?:\w+\s+)?(?:disregarded|ignored"
         r"|not\s+followed)|подсч[её]т\w*\s+голос\w*\s+(?:\w+\s+){0,4}?негатив\w*"
         r"|нарушени\w+\s+(?:при|в\s+ходе)\s+подсч[её]т\w*|дауыс\w*\s+санау\w*\s+(?:\w+\s+){0,4}?теріс\w*"),
        ("illegal_campaigning",
         r"(?:illegal|unlawful|prohibited|illicit)\s+(?:campaigning|campaign\s+activit\w+|agitation)"
         r"|campaign(?:ing)?\s+(?:activit\w+\s+)?(?:on|during)\s+(?:the\s+)?(?:election\s+day|polling\s+day"
         r"|the\s+day\s+of\s+(?:the\s+)?(?:election|vote)|(?:campaign\s+)?silence\s+period|day\s+of\s+silence)"
         r"|незаконн\w+\s+агитаци\w*|агитаци\w*\s+в\s+день\s+(?:голосования|выборов|тишины)|заңсыз\s+үгіт\w*"
         r"|сайлау\s+күні\s+үгіт\w*"),
        ("pressure_on_voters",
         r"pressure\s+on\s+(?:voters|employees|students|public\s+sector)|(?:intimidation|coercion)\s+of\s+voters"
         r"|voter\s+(?:intimidation|coercion)|(?:instructed|forced|compelled|coerced|pressured|pressuri[sz]ed)\s+"
         r"(?:\w+\s+){0,4}?to\s+(?:vote|attend)|давлени\w+\s+на\s+избирател\w*|принужд\w+\s+(?:\w+\s+){0,3}?"
         r"голосова\w*|сайлаушылар\w*\s+қысым\w*"),
        ("observer_obstruction",
         r"(?:obstruct\w*|hinder\w*|imped\w*|restrict\w*)\s+(?:the\s+)?(?:work\s+of\s+)?(?:\w+\s+)?observers"
         r"|observers\s+(?:\w+\s+){0,2}?(?:were|was)\s+(?:\w+\s+)?(?:expelled|removed|obstructed|restricted|prevented"
         r"|denied|hindered|not\s+allowed)|воспрепятствовани\w*\s+(?:\w+\s+){0,3}?наблюдател\w*"
         r"|удалени\w*\s+наблюдател\w*|бақылаушылар\w*\s+(?:\w+\s+){0,3}?кедергі\w*"),
        ("other",
         r"vote[- ]buying|buying\s+(?:of\s+)?votes|carousel\s+voting|multiple\s+voting|подкуп\w*\s+избирател\w*"
         r"|карусел\w*|дауыс\w*\s+сатып\s+алу\w*"),
    )
)  # fmt: skip
# Violations named without a kind: counted, they are 'mixed'.
GENERIC_VIOLATION_RE = _compile(
    r"\b(?:violations?|irregularit(?:y|ies)|infringements?|breaches|infractions?|offen[cs]es|misconduct"
    r"|нарушени\w*|правонарушени\w*|бұзушылық\w*|бұзу\w*)"
)

# What a count counts. Order matters: "administrative offence cases" are cases, not offences.
MEASURE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (measure, _compile(rf"(?:{pattern})(?![\w-])"))
    for measure, pattern in (
        ("administrative_cases",
         r"administrative[- ]offen[cs]e\s+(?:cases|proceedings)|administrative\s+(?:cases?|proceedings|protocols)"
         r"|cases?\s+of\s+administrative\s+(?:offen[cs]es|violations)"
         r"|(?:дел\w*|протокол\w*)\s+об\s+административн\w+\s+правонарушени\w*|административн\w+\s+(?:дел\w*"
         r"|протокол\w*)|әкімшілік\s+(?:іс\w*|хаттама\w*)"),
        ("administrative_offences",
         r"administrative\s+(?:offen[cs]es?|violations?|infractions?)|административн\w+\s+правонарушени\w*"
         r"|әкімшілік\s+құқық\s*бұзушылық\w*"),
        ("criminal_cases",
         r"criminal\s+(?:cases?|proceedings|investigations?|charges|complaints)|уголовн\w+\s+дел\w*"
         r"|қылмыстық\s+іс\w*"),
        ("complaints",
         r"complaints?(?:\s+and\s+appeals)?|appeals|petitions|grievances|жалоб\w*|обращени\w*|заявлени\w*"
         r"|шағым\w*|өтініш\w*"),
        ("violations",
         r"violations?|irregularities|infringements?|breaches|infractions?|нарушени\w*|бұзушылық\w*"),
        ("reports", r"reports?|messages|signals|сообщени\w*|сигнал\w*|хабарлама\w*"),
        ("cases", r"cases|instances|incidents|facts|episodes|случа\w*|факт\w*|жағдай\w*"),
    )
)  # fmt: skip
# A count of polling stations is an infraction measure only with a locative preposition before it.
POLLING_STATIONS_RE = _compile(
    r"(?:polling\s+stations?|PSs|PECs?|precincts?|избирательн\w+\s+участк\w*|участк\w*|сайлау\s+учаске\w*"
    r"|учаске\w*)(?![\w-])"
)
# Denominators of a share: "of the polling stations observed", "of observations".
OBSERVATIONS_RE = _compile(
    r"of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:polling\s+stations?|observations|counts|PECs?|precincts|stations|cases\s+observed"
    r"|visits|reports)(?!\s+(?:members|chairs?|staff))|(?:избирательн\w+\s+)?участк\w*|наблюдени\w*|учаске\w*"
)
# "12 concerned ..." lists: the count's kind follows the verb, its measure comes from the head noun.
ENUMERATION_RE = _compile(
    r"\s*(?:concerned|concerning|related\s+to|relating\s+to|were\s+related\s+to|involved|pertained\s+to"
    r"|dealt\s+with|regarded|regarding|were\s+about|about|were\s+for|for|on|касал\w*|касающ\w*|связан\w*\s+с"
    r"|по\s+фактам|о\s+фактах|қатысты)\b"
)
OBSERVATION_RE = _compile(
    r"\b(?:observed|observing|noted|noting|witnessed|saw|seen|recorded|documented|assessed|reported\s+by\s+"
    r"(?:\w+\s+)?observers|observers\s+(?:also\s+)?(?:reported|noted|saw)|отмечен\w*|зафиксирован\w*"
    r"|зафиксировал\w*|отметил\w*|наблюдал\w*|байқалды|тіркелді|атап\s+өтті)\b"
)
CASES_RE = _compile(
    r"\b(?:cases|instances|incidents|occurrences|случа\w*|факт\w*|жағдай\w*)\s+of\b|\bслуча\w*|\bфакт\w*"
)

# --- sentence-level cues -----------------------------------------------------------------------------
# "no fewer than", "не менее" are qualifiers, not negations.
NEGATION_RE = _compile(
    r"\b(?:(?:no|not)(?!\s+(?:fewer|less|more)\b)|none|never|nor|nobody|neither|without|n't"
    r"|не(?!\s+(?:менее|более|меньше|больше)\b)|нет|ни|никто|никого|жоқ|емес)\b"
)
# Mood that reports no event: "could be detained", "risk of detention".
HYPOTHETICAL_RE = _compile(
    r"\b(?:could|may|might|would|should|risk(?:ed|s)?|threat(?:s|ened)?|fear(?:s|ed)?|face[sd]?|allow(?:s|ed)?"
    r"|permits?|may\s+be|могут|может|угроз\w*|риск\w*)\b(?:\s+\w+){0,3}\s*$"
)
