"""The role word a person is introduced with (private to ``people.py``).

"Mayor Greta Lind", "la alcaldesa, Lucía Romero", "Le ministre Bruno Marchal", "The Prime
Minister, Alan Reeve,", "Coun. Dee Marr", "Board chair Ada Lind": the role noun before a name
(in the run, or lower-case or in capitals right before it) is recorded in ``People.roles`` so
a later "the mayor" is that person; a former or deputy one ("former mayor …", "Vice President
…") is kept apart, never "the mayor".
"""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language
from bot.text.speakers.salience import ROLE_ARTICLES as _ROLE_ARTICLES

# articles before a role noun ("the mayor", "la alcaldesa", "le ministre", "die Ministerin")
_DE_OF = {lang: {"de"} for lang in ("french", "spanish", "portuguese")}  # "de": "of"
_ROLE_MODIFIERS = frozenset("vice former ex deputy acting assistant ancien ancienne".split())


def _capital_role(before: list[str]) -> bool:
    """True for an English role in capitals after "the" and at most two more capitalized
    words, right before a name in commas: "The Prime Minister,", "the Foreign Secretary,"."""
    if language() != "english" or not before or nm.bare(before[-1]) not in nm.PERSON_ROLES:
        return False
    k = next((k for k in range(len(before) - 1, -1, -1) if nm.bare(before[k]) == "the"), -1)
    return (
        0 <= k
        and 1 <= len(before) - 1 - k <= 3
        and all(w[:1].isupper() and w.isalpha() for w in before[k + 1 :])
    )


def note_role(
    roles_of: dict[str, dict[str, int]],
    text: str,
    run: list[str],
    words: list[str],
    pos: int,
    name: str,
) -> None:
    """Record the role word a person is introduced with: "Mayor Greta Lind", "la
    alcaldesa, Lucía Romero", "Le ministre Bruno Marchal" (not "Vice President …",
    "former mayor …": a later "the mayor" is someone else)."""
    head = run[: len(run) - len(words)]
    before = text[max(0, pos - 40) : pos].replace(",", " ").split()
    while before and nm.bare(before[-1]) in _ROLE_ARTICLES - _DE_OF.get(language(), set()):
        before.pop()  # "la alcaldesa, Lucía Romero" (not "le ministre de la Sécurité")
    roles = [nm.bare(w).rstrip(".") for w in head[-1:]]
    if not head and before and before[-1].isalpha() and before[-1].islower():
        roles.append(before.pop())
    elif not head and _capital_role(before):
        # "The Prime Minister, Alan Reeve," is also "the Prime Minister" later (English)
        roles.append(nm.bare(before.pop()))
        if len(before) > 1 and nm.bare(before[-2]) in _ROLE_MODIFIERS:
            before = before[:-2] + ["deputy"]  # "The Deputy Prime Minister": never his
    elif not head and before and nm.bare(before[-1]).rstrip(".") in nm.TITLE_ABBREVIATIONS:
        roles.append(before.pop())  # "Coun. Dee Marr" (a title the name run leaves out)
    elif head:
        before = [*before, *head[:-1]]
        if len(head) >= 2 and nm.bare(head[-2]) == "detective":
            # "Detective Sergeant Ana Lind" (police ranks) is also "the detective"
            roles_of.setdefault("detective", {}).setdefault(name, pos)
    roles = [nm.TITLE_ABBREVIATIONS.get(nm.bare(r).rstrip("."), r) for r in roles]
    for role in roles:
        if role in nm.TITLES or role in nm.ROLES_EU or role in nm.PERSON_ROLES:
            prev = nm.bare(before[-1]) if before else ""
            if prev in _ROLE_MODIFIERS:
                role = "~" + role  # a former or deputy one: never "the mayor"
            elif prev.isalpha() and prev not in nm.STOPWORDS:
                # "Board chair Ada Lind" is also "the board chair" (not any other chair)
                roles_of.setdefault(f"{prev} {role}", {}).setdefault(name, pos)
            roles_of.setdefault(role, {}).setdefault(name, pos)
