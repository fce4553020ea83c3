"""The subject of the speech verb opening the sentence before a German or Dutch first-person
quotation (private to ``germanic_lone.py``).

"De V. verklaarde eerder dat hij zich bedreigd voelde door Holtkamp. ‘Ik was bang.’": the one
person named in that sentence is the one the reported clause is about; the words are those of
the verb's subject ("De V."), whom the name rules may not read as a person.
"""

from __future__ import annotations

from typing import Any

from bot.text.lexicon import load
from bot.text.speakers import names as nm

_REACH = 4  # tokens the subject may take before its verb
_SAYING = load("speech_verbs_de", "speech_verbs_nl")  # (not French "dit" for Dutch "dit")


def said_subject(rules: Any, start: int, end: int, named_at: int) -> tuple[str, int] | None:
    """(phrase, where) of the subject of a speech verb within the first few words of the
    sentence from ``start`` to ``end``, when the person named at ``named_at`` stands after
    that verb (the object of what is reported); else None."""
    toks = rules._tokens(start, min(end, start + 300))
    for k in range(1, min(len(toks), _REACH + 1)):
        if not toks[k][0].islower() or nm.bare(toks[k][0]) not in _SAYING:
            continue  # (a verb of saying: "verklaarde", "erklärte"; not "Die hoeft …")
        if named_at < toks[k][2]:
            return None  # (the person named is the subject)
        subj = rules._subject_before(toks, k)
        if subj is None or subj[0] != toks[0][1]:
            return None
        return rules.text[subj[0] : subj[1]], subj[0]
    return None
