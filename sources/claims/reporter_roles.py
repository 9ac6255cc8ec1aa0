"""Reporters named by a role or as a quoted organisation, which reporters.py's list does not normalise.

Two shapes, each kept as written:

- unnamed officials as the subject of a reporting verb: "officials said only 80 people were arrested", "власти
  заявили ...", "ресми өкілдер мәлімдеді" → "officials" / "власти" / "ресми өкілдер";
- a Kazakh organisation named in quotes with its class noun, the subject of a finding verb a few words on (the
  count of its members may stand between): "«Әділ сайлау» ұйымының 300 бақылаушысы 120 заң бұзу дерегін
  анықтаған" → "Әділ сайлау".

Both are found only in a reporting role (the verb follows within the clause), so "officials were detained" names
no reporter.
"""

from __future__ import annotations

import re
from typing import NamedTuple

FLAGS = re.IGNORECASE


class RoleMention(NamedTuple):
    start: int
    end: int
    reporter: str


_ROLE_RE = re.compile(
    r"(?<![\w-])(?P<who>(?:(?:government|state|local|city|regional|police)\s+)?officials|the\s+authorities"
    r"|чиновник\w*|власти|официальн\w+\s+лиц\w*|билік\s+өкілдері|ресми\s+өкілдер)"
    r"(?=\s+(?:[\w-]+\s+){0,2}?(?:said|say|says|told|stated|claimed|announced|reported|put\s+the|заявил\w*|сообщил\w*"
    r"|сообщают|утверждают|мәлімдеді|хабарлады|айтты)\b)",
    FLAGS,
)
# «Таза сайлау» ұйымының 5 мың белсендісі ... 500 заң бұзу дерегін анықтаған
_KK_ORGANISATION_RE = re.compile(
    r"«(?P<who>[^«»]{2,40})»\s+(?:ұйым|қозғалыс|қор|орталығ|коалиция|альянс|желі)\w*"
    r"(?=[^.;!?]{0,120}?(?<![\w-])(?:анықта|тірке|мәлімде|хабарла|жеткіз|көрсет)\w*)",
    FLAGS,
)


def role_reporters(text: str) -> list[RoleMention]:
    """Officials named by role, and quoted Kazakh organisations, in a reporting role; in text order."""
    found = [RoleMention(*m.span("who"), _as_written(m.group("who"))) for m in _ROLE_RE.finditer(text)]
    found += [RoleMention(*m.span("who"), m.group("who").strip()) for m in _KK_ORGANISATION_RE.finditer(text)]
    return sorted(found)


def _as_written(who: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(who.split()), flags=FLAGS)
