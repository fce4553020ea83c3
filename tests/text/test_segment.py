import time

import pytest

from bot.text.segment import SumyTokenizer, paragraphs, segment, split_sentences, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith went to Washington. He met the president at 3.5 p.m. on Jan. 5. It was short.",
            [
                "Mr. Smith went to Washington.",
                "He met the president at 3.5 p.m. on Jan. 5.",
                "It was short.",
            ],
        ),
        (
            "The U.S. economy grew 2.5% last year. Prices rose.",
            ["The U.S. economy grew 2.5% last year.", "Prices rose."],
        ),
        ("He lives in the U.S. The rest stayed.", ["He lives in the U.S.", "The rest stayed."]),
        ('He said "Go home." Then he left.', ['He said "Go home."', "Then he left."]),
        ("“We won,” she said. “It’s over.”", ["“We won,” she said.", "“It’s over.”"]),
        ('"Stop!" she shouted. Nobody did.', ['"Stop!" she shouted.', "Nobody did."]),
        (
            "Wait... what happened? Nobody knows… Really!",
            ["Wait... what happened?", "Nobody knows…", "Really!"],
        ),
        (
            "George W. Bush met J. K. Rowling. They talked.",
            ["George W. Bush met J. K. Rowling.", "They talked."],
        ),
        (
            "Acme Inc. said sales rose. Acme Inc. is based in Ohio.",
            ["Acme Inc. said sales rose.", "Acme Inc. is based in Ohio."],
        ),
        ("It costs e.g. five dollars. Fine.", ["It costs e.g. five dollars.", "Fine."]),
        ("No punctuation at all here", ["No punctuation at all here"]),
        (
            "Shares fell 2.6%. Analysts were surprised.",
            ["Shares fell 2.6%.", "Analysts were surprised."],
        ),
        ("It closed at $8.08. Traders left.", ["It closed at $8.08.", "Traders left."]),
        ("The talks went on. But nothing changed.", ["The talks went on.", "But nothing changed."]),
        ("He said no. Smith then left.", ["He said no.", "Smith then left."]),
        ("See No. 5 now. Done.", ["See No. 5 now.", "Done."]),
        ("We met at 5 p.m. Smith was waiting.", ["We met at 5 p.m.", "Smith was waiting."]),
        (
            "A truck crashed in Boulder, Colo. Nobody was hurt.",
            ["A truck crashed in Boulder, Colo.", "Nobody was hurt."],
        ),
        (
            "The U.S. Army left. He was ill. Then he recovered.",
            ["The U.S. Army left.", "He was ill.", "Then he recovered."],
        ),
        (
            "In 2006 then-Sen. Barack Obama spoke. Ex-Gov. Smith agreed. It ended well-known.",
            [
                "In 2006 then-Sen. Barack Obama spoke.",
                "Ex-Gov. Smith agreed.",
                "It ended well-known.",
            ],
        ),
        ("They met in Dallas-Tex. Nobody came.", ["They met in Dallas-Tex.", "Nobody came."]),
    ],
)
def test_english_sentences(text, expected):
    assert split_sentences(text) == expected


def test_german_ordinals_and_abbreviations():
    text = "Am 3. Oktober 2020 war es kalt. Das ist z.B. gut. Der 2. Weltkrieg endete 1945. Ende."
    assert split_sentences(text, "german") == [
        "Am 3. Oktober 2020 war es kalt.",
        "Das ist z.B. gut.",
        "Der 2. Weltkrieg endete 1945.",
        "Ende.",
    ]


def test_a_sentence_broken_across_a_blank_line_is_joined():
    text = (
        "Our club has sailed with Harbourline for almost six years now and we are always\n\n"
        "pleased with their crews and the boats.\n\n"
        "Apple unveils its new phone with a bigger screen and camera\n\n"
        "iPhone 11 review: the camera is great.\n\n"
        "Short heading\n\n"
        "lowercase brand starts this paragraph."
    )
    assert paragraphs(text) == [
        "Our club has sailed with Harbourline for almost six years now and we are always "
        "pleased with their crews and the boats.",
        "Apple unveils its new phone with a bigger screen and camera",
        "iPhone 11 review: the camera is great.",
        "Short heading",
        "lowercase brand starts this paragraph.",
    ]


def test_times_agency_datelines_and_glued_sentences():
    text = "Tickets go on sale at 10 a.m. Friday, Dec. 6. The show starts at 8 p.m. It ends late."
    assert split_sentences(text) == [
        "Tickets go on sale at 10 a.m. Friday, Dec. 6.",
        "The show starts at 8 p.m.",
        "It ends late.",
    ]
    assert split_sentences("ST. IGNACE, Mich. (AP) — A boat was seized. It was freed.") == [
        "ST. IGNACE, Mich. (AP) — A boat was seized.",
        "It was freed.",
    ]
    glued = "Crews said the pier shut on Wednesday.The leak began near the station.Divers came."
    assert split_sentences(glued) == [
        "Crews said the pier shut on Wednesday.",
        "The leak began near the station.",
        "Divers came.",
    ]
    assert split_sentences("Visit Harbour.com or shop.example.Com today.") == [
        "Visit Harbour.com or shop.example.Com today."
    ]
    assert split_sentences("O prof. Silva disse que sim. Depois saiu.", "portuguese") == [
        "O prof. Silva disse que sim.",
        "Depois saiu.",
    ]


def test_korean_sentences_end_at_full_stops():
    text = "그녀는 집에 갔다. 그리고 잠을 잤다. 다음 날 다시 왔다."
    assert split_sentences(text, "korean") == [
        "그녀는 집에 갔다.",
        "그리고 잠을 잤다.",
        "다음 날 다시 왔다.",
    ]


def test_russian_abbreviations_and_initials():
    text = (
        "Жители района на ул. Ленина ждут мост. Проф. А. С. Иванов из МГУ согласен, т. е. "
        "проект нужен. Цена — 40 млрд руб. в год. Работы начнутся весной."
    )
    assert split_sentences(text, "russian") == [
        "Жители района на ул. Ленина ждут мост.",
        "Проф. А. С. Иванов из МГУ согласен, т. е. проект нужен.",
        "Цена — 40 млрд руб. в год.",
        "Работы начнутся весной.",
    ]


def test_spanish_and_french_openers():
    assert split_sentences("Hola. ¿Qué tal? ¡Muy bien!", "spanish") == [
        "Hola.",
        "¿Qué tal?",
        "¡Muy bien!",
    ]
    assert split_sentences("Il a dit: « Oui. » Puis il est parti.", "french") == [
        "Il a dit: « Oui. »",
        "Puis il est parti.",
    ]


def test_cjk_sentences():
    assert split_sentences("今天天气很好。我们去公园吧！好的", "chinese") == [
        "今天天气很好。",
        "我们去公园吧！",
        "好的",
    ]


def test_paragraphs_headline_wrapped_lines_and_bullets():
    text = (
        "Council Approves New Bridge\n"
        "The city council approved the new bridge on Monday after a debate that lasted\n"
        "well into the night. Work starts soon.\n"
        "- Cost: 40 million\n"
        "* Opening: 2027\n"
        "1. First step\n\n"
        "Second paragraph."
    )
    assert paragraphs(text) == [
        "Council Approves New Bridge",
        "The city council approved the new bridge on Monday after a debate that lasted well into the night. Work starts soon.",
        "Cost: 40 million",
        "Opening: 2027",
        "First step",
        "Second paragraph.",
    ]


def test_segment_positions():
    sents = segment("One here. Two here.\n\nThree here.")
    assert [(s.text, s.index, s.paragraph, s.position) for s in sents] == [
        ("One here.", 0, 0, 0),
        ("Two here.", 1, 0, 1),
        ("Three here.", 2, 1, 0),
    ]


def test_words_and_cjk_bigrams():
    assert words("Don’t stop—the U.S. 2024 plan!") == [
        "Don’t",
        "stop",
        "the",
        "U",
        "S",
        "2024",
        "plan",
    ]
    assert words("东京大学", "japanese") == ["东京", "京大", "大学"]


def test_sumy_tokenizer_protocol():
    tok = SumyTokenizer("english")
    assert tok.language == "english"
    assert tok.to_sentences("Dr. Who arrived. He left.") == ("Dr. Who arrived.", "He left.")
    assert tok.to_words("Hello, world!") == ("Hello", "world")


def test_linear_time_on_a_megabyte():
    para = "The committee met on Jan. 5 in Washington. Mr. Lee said the U.S. plan works. " * 40
    text = "\n\n".join([para] * 330)  # about 1 MB
    started = time.perf_counter()
    sents = segment(text)
    elapsed = time.perf_counter() - started
    assert len(sents) == 330 * 80
    assert elapsed < 10  # generous bound on a loaded machine; benchmarks/ measures the real speed


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            '"We won. It is over," she said. Then she left.',
            "english",
            ['"We won. It is over," she said.', "Then she left."],
        ),
        (
            "Il a dit : « Oui. Non. » Puis il est parti.",
            "french",
            ["Il a dit : « Oui. Non. »", "Puis il est parti."],
        ),
        (
            "Er sagte: „Wir bauen. Es wird gut.“ Dann ging er.",
            "german",
            ["Er sagte: „Wir bauen. Es wird gut.“", "Dann ging er."],
        ),
        (
            '"A quote that runs on. Into the next paragraph.',
            "english",
            ['"A quote that runs on.', "Into the next paragraph."],
        ),
    ],
)
def test_quoted_speech_stays_whole(text, language, expected):
    assert split_sentences(text, language) == expected
