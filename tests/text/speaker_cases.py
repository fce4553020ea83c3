"""Shared helper for the per-language speaker tests: invented passages, the share right."""

from __future__ import annotations

import re

from bot.text.quotes import find_quotes

# a passage and, for each quotation expected in it, (its first words, its speaker)
Case = tuple[str, list[tuple[str, str | None]]]


# a closing paragraph that makes a short passage plainly French or Portuguese to the language
# reader (short texts get no language, and the Romance rules wait for one)
FR_MORE = (
    "\n\nLes pompiers sont restés sur place jusqu'au matin pour surveiller le quartier, et la "
    "préfecture a ouvert un centre d'accueil dans le gymnase de la commune pour les familles "
    "qui ne pouvaient pas rentrer chez elles."
)
PT_MORE = (
    "\n\nOs bombeiros ficaram no local até de manhã para vigiar o bairro, e a câmara abriu "
    "um centro de acolhimento no pavilhão municipal para as famílias que não puderam voltar "
    "para casa."
)

# a paragraph before and after a short Spanish or Italian passage, so the language reader
# knows its language (the Romance rules wait for one)
ES_OPEN = "La asamblea regional aprobó las cuentas con los votos del gobierno.\n\n"
IT_OPEN = "Il consiglio regionale ha approvato il bilancio con i voti della maggioranza.\n\n"
ES_MORE = (
    "\n\nEl presupuesto entrará en vigor el próximo mes de enero, según el calendario que "
    "aprobó la mesa del parlamento regional la semana pasada."
)
IT_MORE = (
    "\n\nIl bilancio entrerà in vigore a gennaio, secondo il calendario approvato la settimana "
    "scorsa dall'ufficio di presidenza del consiglio regionale."
)

# the same for German and Dutch passages (the Germanic rules wait for a language too)
DE_OPEN = "Der Kreistag hat am Dienstag den Haushalt für das kommende Jahr beschlossen.\n\n"
DE_MORE = (
    "\n\nDie Sitzung dauerte bis spät in die Nacht, und die Opposition kündigte an, den "
    "Beschluss prüfen zu lassen."
)
NL_OPEN = "De gemeenteraad heeft dinsdag de begroting voor volgend jaar goedgekeurd.\n\n"
NL_MORE = (
    "\n\nDe vergadering duurde tot laat in de avond, en de oppositie kondigde aan het besluit "
    "te laten toetsen."
)


_REOPENED = re.compile(r"\n\s*[«»“„\"‘']?\s*")


def _reopens(quote: str, head: str) -> bool:
    return any(quote.startswith(head, m.end()) for m in _REOPENED.finditer(quote))


def outcomes(cases: list[Case]) -> list[tuple[str, str | None, str | None]]:
    """(quotation start, expected speaker, speaker found or "<missing>") for every expectation."""
    out: list[tuple[str, str | None, str | None]] = []
    for text, expected in cases:
        quotes = find_quotes(text)
        for head, speaker in expected:
            # (a head ending on the comma before an attribution: the quotation ends before it;
            # a head opening a paragraph that reopens a quotation is inside that one quotation,
            # which runs over its paragraphs)
            start = head.rstrip(", ")
            found = [q for q in quotes if q.quote.startswith(start)] or [
                q for q in quotes if _reopens(q.quote, start)
            ]
            out.append((head, speaker, found[0].speaker if found else "<missing>"))
    return out


def speaker_of(text: str, head: str, *, may_be_missing: bool = False) -> str | None:
    """The speaker of the quotation starting with ``head`` in ``text``; the quotation must be
    found, unless ``may_be_missing`` (a name too short to be kept: no one's words either)."""
    found = [q for q in find_quotes(text) if q.quote.startswith(head)]
    if not found and may_be_missing:
        return None
    assert found, find_quotes(text)
    return found[0].speaker


def share_right(cases: list[Case]) -> float:
    """The share of expected quotations found with the expected speaker."""
    got = outcomes(cases)
    return sum(exp == found for _, exp, found in got) / len(got)


def all_right(cases: list[Case]) -> None:
    """Every expected speaker of every passage is the one found."""
    got = outcomes(cases)
    assert all(exp == found for _, exp, found in got), got
