from bot.text.keywords import clauses, keywords
from bot.text.pipeline import analyze
from bot.text.segment import segment


def tokens(text, language="english"):
    """The sentences of ``text``, as the pipeline passes them."""
    return [s.text for s in segment(text, language)]


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


def test_phrases_never_run_across_punctuation():
    text = (
        "The state launched the slogan “Rust. We’re on it.” on Monday. "
        "Critics mocked “Rust. We’re on it.” online. "
        "Officials defended “Rust. We’re on it.” later."
    )
    kw = keywords(
        tokens(text), "english", title="Harbour town doubles down on ‘Rust. We’re on it.’"
    )
    assert "Rust We’re" not in kw and "rust we’re" not in [k.lower() for k in kw]
    assert clauses("Rust. We’re on it, said Dana Whitlock (the mayor).", "english") == [
        ["Rust"],
        ["We’re", "on", "it"],
        ["said", "Dana", "Whitlock"],
        ["the", "mayor"],
    ]


def test_links_and_addresses_are_not_keywords():
    text = (
        "Lego Star Wars is on sale at http://amzn.to/2iJFhRj today. "
        "Polistil racing tracks are cheaper at http://amzn.to/2hZfWFJ too. "
        "Write to deals@example.com or visit www.example.com/deals for more deals."
    )
    kw = [k.lower() for k in keywords(tokens(text), "english", limit=20)]
    assert not any("http" in k or "amzn" in k or "example" in k for k in kw)
    assert "deals" in kw or "deal" in kw


def test_keywords_are_shown_without_the_possessive():
    text = [
        "Google's gaming service launched on Monday night.",
        "Google’s service streams games to phones.",
        "Monday night’s launch drew crowds, and the team’s plans grew.",
        "Google said Monday night's numbers were strong.",
    ]
    kw = keywords(text, "english", limit=8)
    assert "Google" in kw and "Monday night" in kw
    assert not any(k.endswith(("'s", "’s")) for k in kw)


def test_chinese_and_japanese_keywords_are_words_not_fragments():
    ja = (
        "市議会は月曜日、新しい橋が春に開通すると発表しました。新しい橋は港と旧市街を結びます。"
        "ショートカットキーの設定はデスクトップアプリで行います。ショートカットキーは便利です。"
        "市議会は予算内で進んでいると述べました。"
    )
    kw = keywords(tokens(ja, "japanese"), "japanese")
    assert "市議会" in kw and "ショートカットキー" in kw
    assert not any(ch in k for k in kw for ch in "はがをにでと")  # no particles or endings
    zh = "市议会星期一表示，新桥将在春天开通。新桥连接港口和老城。新桥的造价为四千万欧元。市议会说工程没有超出预算。"
    assert keywords(tokens(zh, "chinese"), "chinese") == ["市议会", "新桥"]


def test_words_of_the_page_around_the_article_are_not_keywords():
    text = [
        "Read the full review of the Harbour Volt electric car.",
        "Advertisement - Page continues below.",
        "The Harbour Volt is a roomy electric car. Read more. Visit website.",
        "Read more about the Volt range. Advertisement.",
        "Doi: Google Scholar. PubMed. Google Scholar.",
    ]
    kw = [k.lower() for k in keywords(text, "english", limit=8)]
    assert "harbour volt" in kw or "volt" in kw
    assert not {"read", "advertisement", "visit website", "google scholar", "doi", "pubmed"} & set(
        kw
    )


def test_amounts_and_short_possessives_are_not_keywords():
    text = [
        "PG&E's principal filed the plan, which costs $12.9bn over the 2020s.",
        "PG&E's principal said the $12.9bn plan would run through the 2020s.",
        "The utility said the plan covers wildfire safety.",
    ]
    kw = [k.lower() for k in keywords(text, "english", limit=10)]
    assert not any(k in ("9bn", "2020s", "e principal", "e") for k in kw)
    assert "principal" in kw or "plan" in kw


def test_korean_keywords_lose_their_particles_but_names_stay_whole():
    text = [
        "드라마의 주인공은 엘제이의 연기를 칭찬했다.",
        "엘제이의 새 드라마는 인기가 많다.",
        "김하은 씨는 드라마의 음악을 맡았다. 김하은 씨는 만족했다.",
    ]
    kw = keywords(text, "korean", limit=8)
    assert "드라마" in kw and "엘제이" in kw and "김하은" in kw
    assert not any(k.endswith("의") for k in kw)


# --- what a new user saw: function words, casing, headline fragments, a forced wrong language

FRENCH = (
    "La mairie ferme une rue du centre aux voitures. Cette rue sera piétonne dès le mois de mai, "
    "a déclaré l'adjointe Claire Fontaine. Une consultation des commerçants aura lieu en avril. "
    "Cette consultation doit rassurer les commerçants de la rue. Une piste cyclable traversera "
    "aussi le centre. Les commerçants craignent une baisse de leurs ventes."
)
GERMAN = (
    "Die Brücke über den Fluss bleibt zwei Jahre teilweise gesperrt. Die Stadt hat die Sanierung "
    "der Brücke beschlossen, die zwei Jahre dauern soll. Während der Bauarbeiten ist die Brücke "
    "teilweise gesperrt, sagte Baustadträtin Petra Lang. Autofahrer müssen zwei Jahre lang "
    "Umwege fahren. Die Sanierung kostet rund zwölf Millionen Euro."
)
ENGLISH = (
    "The town of Marlow Bay will ration drinking water from Monday, the council said. The mayor "
    "said the town had no other way. Reservoirs around Marlow Bay are at a third of their usual "
    "level. The council said the rationing in Marlow Bay could last until the autumn. Farmers "
    "near the bay have already cut their use of water. Marlow Bay residents may water gardens "
    "only at night."
)


def test_french_articles_and_determiners_are_not_keywords():
    found = [k.lower() for k in analyze(FRENCH).keywords]
    for word in ("une", "cette", "cet", "un"):
        assert not any(word in k.split() for k in found), found


def test_german_keywords_keep_the_nouns_capital_and_name_a_thing():
    found = analyze(GERMAN).keywords
    assert "Brücke" in found
    assert not any(k.split()[0] == "zwei" for k in found), found  # a number word starts nothing
    assert "teilweise gesperrt" not in found  # adverb + participle: German nouns are capitalised
    assert all(any(w[:1].isupper() for w in k.split()) for k in found), found


def test_a_phrase_is_cased_word_by_word():
    from collections import Counter

    from bot.text.keywords import _form

    assert _form(Counter({"zwei Jahre": 3, "Zwei Jahre": 1})) == "zwei Jahre"
    assert _form(Counter({"Marlow Bay": 4, "marlow bay": 1})) == "Marlow Bay"


def test_a_headline_phrase_must_recur_in_the_body():
    text = "Drought forces Marlow Bay to ration water\n\n" + ENGLISH
    found = analyze(text).keywords
    assert "Marlow Bay" in found
    assert "Drought forces" not in found
    assert "Bay" not in found  # the place is one keyword, never split


def test_a_forced_language_that_looks_wrong_gets_a_note_and_no_english_stop_words():
    summary = analyze(ENGLISH, language="de")
    assert summary.notes and "looks like English, not German" in summary.notes[0]
    assert not {"the", "and", "at", "of"} & {k.lower() for k in summary.keywords}
    assert analyze(ENGLISH, language="en").notes == ()
    assert analyze(ENGLISH).notes == ()
