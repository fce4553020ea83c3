"""Other forms of a name the text gave in full (private to the speaker modules, through
``MentionFeatures``): a surname misspelt by one letter ("Oyelarn said" after "Marlena
Oyelaran") and the first of two Spanish or Portuguese surnames ("Quiroz" after "Ysabel Quiroz
Chumpitaz"), each looked up in the registry of full names once per text.
"""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES


class NameForms:
    """Lookups of a name's other forms; ``People`` provides the registry of full names."""

    registry: dict[str, list[tuple[int, tuple[str, ...], str | None]]]
    _dropped_keys: dict[str, list[tuple[int, str]]] | None
    _misspelt_seen: dict[str, str | None]

    def _misspelt(self, key: str) -> str | None:
        """The one surname of a person named in full that ``key`` misspells by one letter
        (news copy does: "Oyelarn said" after "Marlena Oyelaran"), else None."""
        if len(key) < 5:
            return None
        if key in self._misspelt_seen:  # (a long text asks for the same few words many times)
            return self._misspelt_seen[key]
        # (a person named in full: a first name opens one of the entries; "Preis" after the
        # opening "Drei Preise, eine Rede …" is a noun, inflected, no misspelt name)
        near = [
            k
            for k in self._one_edit_keys(key)
            if any(len(e[1]) > 1 and nm.bare(e[1][0]) in FIRST_NAMES for e in self.registry[k])
        ]
        found = near[0] if len(near) == 1 else None
        self._misspelt_seen[key] = found
        return found

    def _one_edit_keys(self, key: str) -> list[str]:
        """The registry's keys of five letters or more that ``key`` misspells by one letter
        (``one_edit``), with its first letter, in the registry's order. Looked up by the keys
        with one letter dropped (built once: the registry is complete before mentions are
        read), so a lookup costs a few probes however many people the text names."""
        if self._dropped_keys is None:
            self._dropped_keys = {}
            for order, k in enumerate(self.registry):
                if len(k) >= 5:
                    for variant in {k, *_dropped(k)}:
                        self._dropped_keys.setdefault(variant, []).append((order, k))
        found = {
            entry
            for variant in (key, *_dropped(key))
            for entry in self._dropped_keys.get(variant, ())
        }
        return [k for _, k in sorted(found) if k[0] == key[0] and one_edit(k, key)]

    def _first_surname(self, word: str, pos: int) -> tuple[str, str | None] | None:
        """The one full name seen before ``pos`` whose first of two surnames (Spanish,
        Portuguese) is ``word`` ("Quiroz" after "Ysabel Quiroz Chumpitaz"), with its gender."""
        middles = getattr(self, "_middles", None)
        if middles is None:
            middles = {}
            for e in (e for es in self.registry.values() for e in es if len(e[1]) >= 3):
                for w in e[1][1:-1]:
                    middles.setdefault(w, []).append(e)
            self._middles = middles
        longer = {e[1]: e[2] for e in middles.get(word, []) if e[0] < pos}
        if len(longer) != 1 or not word[:1].isupper():
            return None
        full, gender = longer.popitem()
        return " ".join(full), gender


def _dropped(word: str) -> set[str]:
    """``word`` with one of its letters dropped, each way."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one changed, added or dropped letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if long_ == short + "s":
        return False  # "the Hales" are not a misspelt Hale
    k = next((i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[k:] == long_[k + 1 :]
