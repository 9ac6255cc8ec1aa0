"""The letters of the three alphabets the sources write in, for patterns that tell a name from a common word.

Python's `\\w` already takes every Cyrillic and Kazakh letter; what it cannot say is "a capital". These classes are
spelt once here, case-sensitive even inside a case-insensitive pattern (`(?-i:...)`), so that every reader agrees on
what opens a name.
"""

from __future__ import annotations

# The capitals of the English, Russian and Kazakh (Cyrillic) alphabets, as a character-class body.
UPPER_LETTERS = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
# One capital, whatever the surrounding pattern's flags.
CAPITAL = rf"(?-i:[{UPPER_LETTERS}])"
# The letters a name goes on with: any word letter, apostrophes ("O'Brien", "Қозы-Көрпеш") and hyphens.
NAME_TAIL = r"[\w'’-]"
# A word opening on a capital ("Назарбаев", "Ak", "Қазақстан"); one letter is enough ("А." is matched elsewhere).
CAPITALISED = rf"{CAPITAL}{NAME_TAIL}*"
# A capitalised word of two letters or more.
CAPITALISED_WORD = rf"{CAPITAL}{NAME_TAIL}+"
# A capital, a quotation mark or a guillemet: how a name, or a quoted name, begins.
NAME_OPENING = rf"[«\"“„{UPPER_LETTERS}]"
# One to three capitalised words: a person's or a body's name as the claims reader takes it ("Evgeniy Zhovtis").
NAME_WORDS = rf"{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,2}}"
