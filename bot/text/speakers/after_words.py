"""Words and small tests of the clause after a quotation (private to ``after.py``): French
inverted pronouns, the speech verbs of the languages the Romance rules leave alone, Romance
auxiliaries, reflexives and listener pronouns before the verb, prepositions of place after it,
and German and Dutch conjunctions opening a clause of its own.
"""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers import foreign as fw
from bot.text.speakers.shapes import Token

# (and "thus" in the Romance languages: "«…». Così il direttore X ha annunciato …")
# French inverted verb and pronoun in one token: « … », a-t-il ajouté / dit-elle / ajoute-t-elle
INVERTED_RE = re.compile(r"^(?:\w+['’])?\w+-(?:t-)?(il|elle)$", re.IGNORECASE)  # ("m'a-t-il")
# the same with the impersonal "on", no one named ("», leur a-t-on répondu"): after a listener
INVERTED_ON_RE = re.compile(r"^\w+-(?:t-)?on$", re.IGNORECASE)
# speech verbs of English, German and Dutch, where the Romance "no subject after the verb" rules
# do not apply ("said a strategist in Ohio"; "zei de rechter": "de" is an article there)
NON_ROMANCE_VERBS = load("speech_verbs_en", "speech_verbs_de", "speech_verbs_nl")
# Romance auxiliaries of a past before the past ("», aveva detto.", "», había dicho."), and of
# the conditional of reported words ("», habría dicho Almada", "», avrebbe detto X")
PAST_AUX = frozenset(
    "aveva avevano avait avaient había habían tinha tinham havia haviam"
    " habría habrían avrebbe avrebbero".split()
)
REFLEXIVE = frozenset("s'est s’est se si".split())  # before a verb: s'est félicité
# Romance adverbs of "still" before a phrase on the speaker's state after the verb and its
# comma ("», decía, todavía sin aliento", "», ha detto, ancora commosso")
STILL = frozenset("todavía aún ancora ainda encore toujours".split())
# Romance "before" and "after" that open a clause of time with "de": "antes de", "avant de"
BEFORE_AFTER = frozenset("antes depois después avant après prima dopo".split())


def past_still(toks: list[Token], k: int) -> int:
    """``k``, or the token after it when ``k`` is a "still" adverb with more after it."""
    return k + 1 if toks[k][0].lower() in STILL and k + 1 < len(toks) else k


# Romance object pronouns before the verb: "», gli ha chiesto un cronista", "», le preguntó una
# vecina", "», lui a répondu X" (the listener; the subject after the verb)
ES_IT_LISTENERS = frozenset("gli le les mi me ci nos ti te".split())
LISTENER_CLITICS = {
    "spanish": ES_IT_LISTENERS,
    "italian": ES_IT_LISTENERS,
    "french": frozenset("lui leur nous vous me te".split()),  # "», nous confie X"
    "portuguese": frozenset("me nos lhe lhes te".split()),  # "”, me disse uma das amigas"
}
# French object pronouns elided into the auxiliary ("», m'a expliqué X")
ELIDED_LISTENER_AUX = frozenset("m'a t'a m'avait t'avait".split())


# prepositions of place after a Romance speech verb (and "sobre": "», dijo sobre el escenario
# mientras …", on the stage, or about a subject: no subject either way)
PLACE_PREPS = fw.PLACE_PREPS | {"sobre"}
# (``after._ADJUNCT_PREPS``: Romance prepositions opening an adjunct right after a speech verb, in
# lower case: "», explicó en rueda de prensa …", "», a déclaré devant …", "», ha detto durante …";
# the subject after such an adjunct is read by ``inverted``: ``_past_adjunct``, ``place_only``)


# German and Dutch conjunctions opening a clause of its own after a quotation's comma
CONJUNCTIONS = frozenset(
    "maar en want dus toch terwijl omdat aber und doch denn weil sondern".split()
)

# Romance prepositions of place that no speaker's phrase opens on right after the verb: "»,
# explica detrás de la vitrina", "», racconta dietro il bancone" (the subject left out)
WHERE_AT = frozenset(
    "detrás delante tras junto frente enfrente dentro fuera cerca dietro davanti accanto"
    " vicino fuori derrière devant atrás diante perto".split()
)
