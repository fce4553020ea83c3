"""Who said each quotation: the machinery behind ``bot.text.quotes`` (private to it).

``quotes.find_quotes`` finds the quotation marks (``marks``, ``dashes``, ``cjk``), keeps the
spans that are speech (``keeping``, ``governed``, ``headline``) and asks
``attribution.attribute`` for the speakers; ``nested`` adds the words reported inside a
quotation. The attribution reads the clause after a quotation (``after``, ``objects``,
``press`` for the press a speaker told), the
clause before it (``before``, ``phrases``, ``clause``), the sentences and paragraphs around it
(``context``, ``paragraphs``, ``interview``, ``exchanges``), then turns the phrase found into a name
(``resolve``, ``neighbours``, ``holders`` for role nouns and epithets) with the people the
text names (``people``, ``naming``, ``mentions``, ``salience``, ``runs``, ``names``,
``firstnames``).
Language-specific shapes live in ``germanic*``, ``romance*``, ``foreign``, ``roles*``,
``epithets``, ``court`` (a court report's defendant) and ``orgs*``; ``reading`` knows the
language of the text being read.
"""
