"""Full names a text gives in a shape the name runs miss (private to ``people.py``): a couple
sharing a surname ("Tom and Ellen Hardy", "Paolo e Daniela De Bona") and a name with a
nickname in marks inside it ("Héctor “Cacho” Bustamante").
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.text.speakers import firstnames as fn
from bot.text.speakers import names as nm
from bot.text.speakers.namere import COUPLE_RE, NICKNAME_RE


def paired_names(text: str) -> Iterator[tuple[str, int, list[str], str | None]]:
    """(registry key, where, full name's words, gender) for each such name in ``text``."""
    for m in COUPLE_RE.finditer(text):
        # two people sharing a surname: the text then tells them apart by first name ("Ellen
        # admitted") -- each first name stands for its own full name
        first, second, surname = m.group(1), m.group(2), m.group(3).split()
        if surname[-1].endswith(("'s", "’s")):  # "Mark and Julie Denton's son": the name
            surname[-1] = surname[-1][:-2]
        if nm.bare(first) in fn.FIRST_NAMES and nm.bare(second) in fn.FIRST_NAMES:
            genders = []
            for name in (first, second):
                words = [name, *surname]
                genders.append(fn.first_name_gender(words))
                yield name.lower(), m.start(), words, genders[-1]
            key = nm.surname_key([first, *surname])
            if key and sorted(g or "" for g in genders) == ["f", "m"]:
                # a man and a woman: "Mr Hardy" and "Mrs Hardy" each find their own (the
                # surname alone keeps the first full name registered under it)
                for name, gender in zip((first, second), genders, strict=True):
                    yield key, m.start(), [name, *surname], gender
    for m in NICKNAME_RE.finditer(text):
        # the first name and the surname around the nickname
        words = [m.group(1), *m.group(2).split()]
        if nm.bare(words[0]) in fn.FIRST_NAMES and (key := nm.surname_key(words)):
            yield key, m.start(), words, fn.first_name_gender(words)
