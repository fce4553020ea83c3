"""Whether a speech verb stands at a token, and how many tokens it spans (private to the
speaker modules; ``ClauseRules._verb_at`` reads it): "said", "went on", "ha fatto sapere",
"wollte … wissen", Portuguese "respondeu-lhe"; not a noun spelled like a verb ("his remarks",
"em nota", "sa remarque", "sur la nuance").
"""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language, plainly_english
from bot.text.speakers.romance_words import MAKE_KNOW, noun_after_preposition
from bot.text.speakers.shapes import Token
from bot.text.speakers.statements import aux_participle, limited_infinitive

# words before a plural noun, never before a verb: "a few questions", "their claims"
_WANTED = frozenset("wollte wollten will wilde wilden wil".split())
_NOUN_MARKERS = frozenset(
    "the few several many more some his her its their our my these those such no two three"
    " four five".split()
)
# an article or a preposition fused with one before a Romance speech-verb form makes it a noun:
# "informou, em nota, que", "numa nota enviada", "in una nota", "nella replica" (never a verb);
# a French article or a possessive as well: "une tempête comme celle-là, « … »", "sa remarque"
_ROMANCE_NOUN_MARKERS = frozenset(
    "em numa num uma um na nas pela pelo una un nella nel nelle della dalla sulla".split()
)
# (those that are English words too, "his son wrote", never read so in plainly English text)
_ROMANCE_ONLY_MARKERS = frozenset("une sa son ses cette cet sua suo sue suoi seu seus sus".split())


# French "juge" is a verb of stance with a quotation as its object, after its subject and
# before the object's determiner: "Le ministère juge la mesure « irréaliste »" (never "le
# juge", "du juge"; "un retraité juge que « … »" is left to ``attribution``)
_JUDGES = frozenset("juge jugent".split())
_SELF_SAID = frozenset("dite dites dits".split())
_REFLEXIVE = frozenset("s'est se s'était s'étaient sont".split())
_JUDGED = frozenset("la le les cette ce cet ces son sa ses leur leurs un une".split())
_INVERTED_SUBJECT = frozenset("le la les".split())
_NOT_SUBJECT_END = frozenset(
    "le la les l' un une du des de d' au aux ce cette son sa ses leur par pour selon et ou"
    " au juge".split()
)


def _judging_verb(toks: list[Token], k: int) -> bool:
    """True for French "juge"/"jugent" read as a verb at ``k``: a word that ends no noun
    phrase before it and an object's determiner after it."""
    if language() != "french" or k + 1 >= len(toks):
        return False
    before = toks[k - 1][0].lower().replace("’", "'") if k else ""
    after = toks[k + 1][0].lower().replace("’", "'")
    if before in ("", ","):
        # "« … », juge le syndicat X": after the quotation and its comma, the verb and its
        # subject inverted (a definite article and a capital within two words)
        return after in _INVERTED_SUBJECT and any(t[0][:1].isupper() for t in toks[k + 2 : k + 4])
    if before in _NOT_SUBJECT_END or before.endswith("'") or not before[-1:].isalpha():
        return False
    return after in _JUDGED or after.startswith("l'")


# Portuguese object pronouns joined to a verb by a hyphen ("disse-lhe", "contou-nos")
_PT_CLITICS = frozenset("lhe lhes me nos vos te".split())


# Portuguese and Spanish "contar" (to tell) that means "to have" or "to count on" before
# "com"/"con"
_COUNT_ON = frozenset("conta contam contava contavam cuenta cuentan contaba contaban".split())
_OPENING_MARKS = frozenset('«“"„‘')
_HAVE_OBJECTS = frozenset(
    "o a os as um uma uns umas el la los las un una unos unas mais más".split()
)


def speech_verb_at(toks: list[Token], k: int) -> int:
    """How many tokens the speech verb at k spans (0: no speech verb there)."""
    w = toks[k][0].lower().replace("’", "'")  # ("Et d’ajouter : « … »")
    if w in MAKE_KNOW and k + 1 < len(toks) and toks[k + 1][0] in MAKE_KNOW[w]:
        return 2  # "ha fatto sapere il procuratore X", "fait valoir X": "let it be known"
    if w in _WANTED and any(t[0] in ("wissen", "weten") for t in toks[k + 1 : k + 9]):
        # "»…?«, wollte die Richterin wissen", "‘…?’, wilde de rechter weten": a question's
        # asker, "wanted to know" (German or Dutch)
        return 1 if language() in ("german", "dutch") else 0
    head, _, clitic = w.rpartition("-")
    if head and clitic in _PT_CLITICS and language() == "portuguese":
        # "O irmão, Jaime X, respondeu-lhe que …", "explicou-nos": a Portuguese speech
        # verb with its object pronoun joined on
        w = head
    if aux_participle(toks, k) or limited_infinitive(toks, k):
        # "Il Comune ha espresso in una nota «…»", "se limitó a señalar que" (``statements``)
        return 1
    if w in _SELF_SAID:
        # "X s'est dite « soulagée »": someone calls themself so (never "la loi dite « … »")
        return 1 if k and toks[k - 1][0].lower().replace("’", "'") in _REFLEXIVE else 0
    if w in _JUDGES:
        return 1 if _judging_verb(toks, k) else 0
    if w not in nm.SPEECH_VERBS:
        return 0
    if w == "written" and (k == 0 or toks[k - 1][0].lower() not in ("had", "has", "have")):
        return 0  # "had written" reports speech; "in a written statement" does not
    if (
        w.endswith("s")
        and k > 0
        and (toks[k - 1][0].lower() in _NOUN_MARKERS or nm.possessive(toks[k - 1][0]))
    ):
        return 0  # "a few questions", "his remarks", "the crowd's chants": a plural noun
    if k > 0 and toks[k - 1][0].lower() in _ROMANCE_NOUN_MARKERS:
        return 0  # "em nota", "in una nota": a noun (see _ROMANCE_NOUN_MARKERS)
    if k > 0 and toks[k - 1][0].lower() in _ROMANCE_ONLY_MARKERS and not plainly_english():
        return 0  # "sa remarque", "une tempête"
    if noun_after_preposition(toks, k):
        return 0  # "X insiste sur la nuance :": a noun after a preposition and its article
    if (
        w in _COUNT_ON
        and any(
            t[0].lower() in ("com", "con")
            and (
                j + 1 == len(toks)  # (the quotation right after it)
                or toks[j + 1][0] in _OPENING_MARKS
                or toks[j + 1][0].lower() in _HAVE_OBJECTS
            )
            for j, t in enumerate(toks[k + 1 : k + 3], k + 1)
        )
    ):
        # "o museu conta agora com «…»", "cuenta con un presupuesto": "has", not "tells"
        # (but "conta com emoção a idosa", "cuenta con orgullo X" tell)
        return 0
    need = nm.PARTICLE_VERBS.get(w)
    if need is None:
        return 1
    if need and k + 1 < len(toks) and toks[k + 1][0].lower() in need:
        return 2  # "went on", "put it", "shot back"
    return 0
