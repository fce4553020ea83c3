from bot.text.keywords import keywords
from bot.text.stopwords import stemmer_for, stop_words


def test_typographic_apostrophes_are_stop_words_and_stem_like_straight_ones():
    english = stop_words("english")
    assert "we're" in english and "we’re" in english and "don’t" in english
    stem = stemmer_for("english")
    assert stem("osei’s") == stem("osei's") == "osei"
    assert stem("senators’") == stem("senators'")


def test_keywords_merge_possessives_written_with_either_apostrophe():
    text = [
        "Osei’s office launched the campaign.",
        "We’re on it, Osei's spokesman said.",
        "Osei defended the campaign on Monday.",
    ]
    kw = keywords(text, "english", limit=8)
    assert sum(1 for k in kw if k.lower().startswith("osei")) == 1
    assert not any(k.lower() in ("we’re", "we're") for k in kw)


def test_sumy_lists_are_repaired_and_completed():
    portuguese = stop_words("portuguese")
    assert {"não", "também", "são", "você", "e"} <= portuguese  # sumy writes "n\\xe3o", "e, tamb…"
    assert not any("\\" in w or "," in w for w in portuguese)
    assert {"uns", "mehr"} <= stop_words("german")
