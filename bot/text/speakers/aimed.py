"""Words aimed at someone, after a verb whose subject is left out (private to ``after.py``).

Spanish, Italian and Portuguese reporters close a quotation with its bare verb and a phrase
saying whom the words were meant for: "«…», dijo, en clara alusión a su rival", "«…», ha
detto, in riferimento al sindaco", "«…», disse, numa alusão ao ministro", "«…», afirmó como
respuesta a la alcaldesa". The person after the phrase is the target, never the speaker: the
verb goes on with the person named before (``aimed_phrase``).
"""

from __future__ import annotations

from bot.text.speakers.shapes import Token

# the preposition opening such a phrase ("en", "in", "em", "numa", "como", "con")
_OPENERS = frozenset("en in em num numa como come con com".split())
# its noun: an allusion, a reference, a reply, a jab aimed at someone
_AIMS = frozenset(
    "alusión alusiones alusão alusões allusione allusioni referencia referência riferimento"
    " respuesta resposta risposta réplica replica recado frecciata indirecta indireta"
    " dardo guiño".split()
)
# "a" and its contractions with the article after that noun (the target follows)
_TO = frozenset("a al ao à aos às alla allo alle ai agli".split())
_ARTICLES = frozenset("el la los las il lo i gli le o a os as un una uno um uma".split())
_PREPS = frozenset(
    "a al ao à de del da do dos das di della dello dei degli delle por per para pelo pela"
    " en em in con com sobre su sul sulla entre tra fra".split()
)


def aimed_phrase(toks: list[Token], j: int) -> bool:
    """True when the tokens from ``j`` (after a speech verb, over one comma) are a phrase
    aiming the words at someone that ends the sentence or its clause: the preposition, at
    most two lower-case modifiers ("clara", "un chiaro", "uma velada"), the noun, then "a"
    or its contraction. A comma after it and a subject ("…, en alusión al alcalde, la
    ministra X.") leaves the clause to the rules that read a subject."""
    k = j + 1 if j < len(toks) and toks[j][0] == "," else j
    if k >= len(toks) or toks[k][0].lower() not in _OPENERS:
        return False
    k += 1
    mods = 0
    while k < len(toks) and toks[k][0].lower() not in _AIMS:
        word = toks[k][0]
        if mods == 2 or not (word.isalpha() and word.islower()):
            return False
        mods += 1
        k += 1
    if k + 1 >= len(toks):
        return False
    to = toks[k + 1][0].lower()
    if to not in _TO and not to.startswith(("all'", "all’")):
        return False
    rest = toks[k + 2 :]
    # no second comma in the sentence after it (a subject could follow one)
    if any(t[0] in (",", "—", "–", "(") for t in rest):
        return False
    # nor a subject right after the target: "dijo en alusión al alcalde la consejera Ana X",
    # "disse numa alusão ao presidente a deputada Rita X" (an article no preposition governs,
    # then a name); "… a la campaña lanzada por el Ejecutivo la semana pasada" is still aimed
    return not any(
        t[0].lower() in _ARTICLES
        and rest[q - 1][0].lower() not in _PREPS
        and any(u[0][:1].isupper() for u in rest[q + 1 : q + 4])
        for q, t in enumerate(rest[1:], start=1)
    )


# "without" opening a manner phrase after the bare verb
_WITHOUT = frozenset("senza sin sem sans".split())


def without_phrase(toks: list[Token], j: int) -> bool:
    """True when the tokens from ``j`` (after a speech verb, over one comma) are a manner
    phrase opened by "without" that ends the sentence with no capitalized word in it: "«…»,
    ha detto, senza aggiungere altro", "dijo, sin dar más detalles", "disse, sem mais
    comentários". The verb's subject is left out, as after an aimed phrase."""
    k = j + 1 if j < len(toks) and toks[j][0] == "," else j
    if k >= len(toks) or toks[k][0].lower() not in _WITHOUT:
        return False
    for t in toks[k + 1 :]:
        if t[0] in (".", "!", "?", "…"):
            return True
        if not (t[0].isalpha() and t[0].islower()):
            return False
    return True
