from bot.text.keywords import keywords
from bot.text.segment import segment, words


def tokens(text, language="english"):
    return [words(s.text, language) for s in segment(text, language)]


TEXT = (
    "The Harbour Bridge opened on Monday. Thousands crossed the Harbour Bridge in the first hour. "
    "Engineers said bridges like this need yearly checks. The bridge cost 40 million euros. "
    "The mayor thanked the engineers and the workers."
)


def test_phrases_stop_words_and_stems():
    kw = keywords(tokens(TEXT), "english", limit=5)
    assert kw[0] == "Harbour Bridge"  # a repeated phrase, capitalised as written
    lowered = [k.lower() for k in kw]
    assert "the" not in lowered and "and" not in lowered
    assert sum(1 for k in lowered if k.startswith("engineer")) <= 1  # engineers/Engineers merged
    assert not any(k.lower() in ("bridge", "bridges") for k in kw)  # covered by the phrase


def test_title_counts_more():
    kw = keywords(
        tokens("Cats sleep a lot. Dogs bark. Dogs run. Cats purr."),
        "english",
        title="Why cats sleep",
    )
    assert kw[0].lower().startswith("cat")


def test_limit_empty_and_other_languages():
    assert keywords([], "english") == []
    assert len(keywords(tokens(TEXT), "english", limit=2)) == 2
    de = "Die Brücke wurde am Montag eröffnet. Die neue Brücke kostet viel Geld. Viele Menschen nutzen die Brücke."
    kw = keywords(tokens(de, "german"), "german", limit=3)
    assert kw[0] == "Brücke"
    assert "die" not in [k.lower() for k in kw]
