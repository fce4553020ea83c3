import random

import numpy as np
import pytest

from bot.errors import InputError
from bot.text.centrality import _repeats, _shared_words, _with_contained
from bot.text.segment import segment
from bot.text.summarize import (
    METHODS,
    SUMY_MAX_SENTENCES,
    DefaultParams,
    Document,
    resolve_method,
    select,
    summarize_default,
)

ARTICLE = """City Approves Harbour Bridge

The city council approved the new harbour bridge on Monday after a long debate.
Advertisement
The bridge will connect the harbour district with the old town across the river.
Council members said the harbour bridge would cut travel times for thousands of commuters.
The project will cost 40 million euros and take three years to build.
Critics of the bridge argued that the money should go to schools instead.
Read more: Why bridges cost so much
The mayor said construction of the harbour bridge would start in the spring.
A public consultation on the bridge design will run until the end of March.
Local shops near the river hope the bridge will bring more customers to the old town.
The council will publish the final budget for the bridge next month.
"""


def doc(text=ARTICLE, language="english"):
    return Document.build(segment(text, language), language)


@pytest.mark.parametrize("method", list(METHODS))
def test_every_method_returns_real_sentences_in_article_order(method):
    d = doc()
    picked = select(d, 3, method)
    assert 1 <= len(picked) <= 3
    assert picked == sorted(picked)
    texts = [d.sentences[i].text for i in picked]
    for t in texts:
        assert t in ARTICLE.replace("\n", " ") or t in ARTICLE
    assert "Advertisement" not in texts
    assert not any(t.startswith("Read more") for t in texts)
    assert select(d, 3, method) == picked  # deterministic


@pytest.mark.parametrize("method", list(METHODS))
def test_every_method_on_empty_and_one_sentence_documents(method):
    assert select(doc(""), 3, method) == []
    one = doc("Only one sentence is here.")
    assert select(one, 3, method) == [0]


@pytest.mark.parametrize("method", list(METHODS))
def test_count_is_respected(method):
    d = doc()
    for count in (1, 2, 5):
        assert len(select(d, count, method)) <= count


def test_default_avoids_near_duplicates():
    text = (
        "The storm closed every school in the county on Tuesday morning. "
        "The storm closed every school in the county on Tuesday morning, officials said. "
        "Power lines were down across the northern valley. "
        "Crews expect to restore electricity by Thursday evening. "
        "Residents were told to avoid travel until the roads are cleared."
    )
    d = doc(text)
    picked = select(d, 3, "default")
    texts = [d.sentences[i].text for i in picked]
    assert not (texts[0].startswith("The storm closed") and texts[1].startswith("The storm closed"))


def test_default_prefers_the_lead_for_short_summaries():
    d = doc()
    picked = select(d, 2, "default")
    assert picked[0] <= 2  # the headline or the opening sentence


def test_lead_skips_headline_furniture_but_keeps_order():
    d = doc()
    lead = select(d, 3, "lead")
    assert lead == d.candidates[:3]


def test_list_entries_are_not_summary_candidates_but_bracketed_sentences_are():
    text = (
        "The shop cut the price of every film in its catalogue this week.\n\n"
        "Harbour Lights The Director's Cut (4K Ultra HD + Blu-Ray)\n\n"
        "Coast Patrol – Complete Collection (Stagioni 1-8) (45 DVD)\n\n"
        "The “Long Tide”\n\n"
        "(Prices went back up on Monday after the sale.)\n\n"
        "| Pos. | Film | Price |\n| 1 | Harbour Lights | 19.99 |\n\n"
        "Buyers said the films sold out within hours of the announcement.\n"
    )
    text += (
        "\nHow Much Do These Classic Films Cost Today?\n\n"
        "The best deals this week include:\n\n"
        "Why would anyone pay full price for a film they can stream?\n"
    )
    d = doc(text)
    kept = [d.sentences[i].text for i in d.candidates]
    assert not any("Harbour Lights" in t or "Coast Patrol" in t or "Long Tide" in t for t in kept)
    assert not any(t.startswith(("How Much", "The best deals")) for t in kept)
    assert "Why would anyone pay full price for a film they can stream?" in kept
    assert "(Prices went back up on Monday after the sale.)" in kept
    assert len(kept) == 4


def test_lines_filling_one_template_are_not_summary_sentences_but_a_transcript_is():
    template = "".join(
        f"Lunch Box Trays: 1 Green, {n} Red, 1 Yellow, 1 tsp.\n\n" for n in (1, 2, 3)
    )
    text = (
        "The plan keeps meals simple for the whole week ahead.\n\n"
        + template
        + ("Each day starts with a breakfast that takes ten minutes to make.\n")
    )
    kept = [d.sentences[i].text for d in [doc(text)] for i in d.candidates]
    assert not any(t.startswith("Lunch Box") for t in kept) and len(kept) == 2
    transcript = "".join(
        f"Jane Doe: I think the council should {verb} the bridge before the winter storms.\n\n"
        for verb in ("fund", "repair", "inspect")
    )
    assert len(doc(transcript).candidates) == 3


def test_lines_of_code_are_not_summary_sentences():
    text = (
        "Generics let a function work with many types while keeping type safety.\n\n"
        'log("Hello, generic harbour!"); // prints: Hello\n\n'
        "const add = (a, b) => a + b;\n\n"
        "renameBoat(id: ID!, name: String!): RenameBoatResult!\n\n"
        "Return to the main page for more examples of generics in practice.\n"
    )
    kept = [doc(text).sentences[i].text for i in doc(text).candidates]
    assert kept == [
        "Generics let a function work with many types while keeping type safety.",
        "Return to the main page for more examples of generics in practice.",
    ]


def test_the_writers_bio_at_the_end_is_not_a_summary_sentence():
    body = "".join(
        f"The laptop {part} in our tests this month.\n\n"
        for part in ("ran cool", "lasted eleven hours", "charged fast", "felt solid", "sold out")
    )
    bio = "Jo Hartley is a senior writer who has covered laptops since 2011.\n"
    d = doc(bio + "\n" + body + bio)
    kept = [d.sentences[i].text for i in d.candidates]
    assert kept.count(bio.strip()) == 1  # the same line at the top is the story's own text
    assert d.sentences[d.candidates[0]].text == bio.strip()


def test_a_sentence_contained_in_another_counts_as_a_repeat():
    terms = [
        "harbour ferri oper run boat coast town island announc timet summer".split(),
        "harbour ferri oper run boat coast town island announc".split(),
        "crew carri ticket cargo".split(),
        "summer ticket".split(),  # two words: too short to call contained
    ]
    sim = np.full((4, 4), 0.3)
    out = _with_contained(sim, *_shared_words(terms))
    assert out[0, 1] == out[1, 0] == 1.0  # every word of the second is in the first
    assert out[0, 2] == 0.3 and out[2, 3] == 0.3 and out[0, 3] == 0.3
    assert _repeats(1, [0], None, out, 0.7) and not _repeats(2, [0], None, out, 0.7)


def test_the_title_pulls_in_the_sentence_that_repeats_it():
    text = (
        "The council met on Monday evening in the town hall for its monthly session.\n"
        "Members discussed the budget, the parking rules and the schedule for the summer.\n"
        "Several residents spoke about noise from the new bars near the harbour.\n"
        "The council then voted to close the old ferry terminal at the end of the year.\n"
        "Officials said the ferry terminal closure would save money for the town.\n"
        "The next session will take place in March.\n"
    )
    sentences = segment(text, "english")
    plain = Document.build(sentences, "english")
    titled = Document.build(sentences, "english", "Council votes to close old ferry terminal")
    assert titled.title_terms and not plain.title_terms
    assert summarize_default(plain, 2) == [0, 1]
    assert summarize_default(titled, 2) == [0, 3]
    assert summarize_default(titled, 2, DefaultParams(title=0.0)) == [0, 1]


def test_resolve_method():
    assert resolve_method(None) == "default"
    assert resolve_method("LexRank") == "lexrank"
    assert resolve_method("text-rank") == "textrank"
    with pytest.raises(InputError, match="Unknown method"):
        resolve_method("magic")


def test_sumy_methods_refuse_huge_inputs_with_a_clear_message():
    vocab = "river bridge council budget harbour school mayor crews storm power road train market".split()
    text = " ".join(
        f"The {vocab[i % 13]} near the {vocab[(i * 7) % 13]} worried the {vocab[(i * 5 + 3) % 13]} people."
        for i in range(SUMY_MAX_SENTENCES + 5)
    )
    d = doc(text)
    with pytest.raises(InputError, match="too slow"):
        select(d, 3, "lexrank")
    assert len(select(d, 3, "default")) == 3  # ours handles it


def test_german_document():
    text = (
        "Der Stadtrat hat am Montag die neue Brücke genehmigt. Die Brücke verbindet den Hafen mit der Altstadt. "
        "Die Kosten liegen bei 40 Millionen Euro. Kritiker sagen, das Geld fehle den Schulen. "
        "Der Bau der Brücke beginnt im Frühjahr."
    )
    d = doc(text, "german")
    picked = select(d, 2, "default")
    assert len(picked) == 2
    assert all(d.sentences[i].text.endswith(".") for i in picked)


def test_echo_rewards_a_point_the_article_states_twice():
    text = (
        "Farmers gathered at the market square on Saturday. "
        "Rain spoiled the apple harvest in the northern valley this autumn. "
        "Children played football near the old church. "
        "Tourists photographed the lighthouse and the harbour. "
        "The bakery sold bread, cakes and pastries all morning. "
        "Growers said rain ruined the valley apple harvest."
    )
    d = doc(text)
    only_echo = DefaultParams(position_weight=0, centrality_weight=0, overlap=0, echo=1.0)
    no_echo = DefaultParams(position_weight=0, centrality_weight=0, overlap=0, echo=0.0)
    picked = summarize_default(d, 1, only_echo)
    assert [d.sentences[i].text for i in picked][0].startswith(("Rain spoiled", "Growers said"))
    # without any signal every score ties, and ties go to the earliest sentence
    assert summarize_default(d, 1, no_echo) == [0]


def test_short_summaries_are_a_set_drawn_from_the_best_ranked_sentences():
    d = doc()
    plain = DefaultParams(short_fraction=0.0)  # one sentence at a time, best score first
    pool = set(summarize_default(d, 4, plain))  # the best int(1.5 * 3) = 4 sentences
    chosen = summarize_default(d, 3)
    assert len(chosen) == 3 and set(chosen) <= pool
    assert chosen == summarize_default(d, 3)  # deterministic


def test_set_choice_fades_for_summaries_that_take_much_of_the_article():
    d = doc()  # 10 candidate sentences: 5 of them is half the article
    assert summarize_default(d, 5) == summarize_default(d, 5, DefaultParams(short_fraction=0.0))


def test_large_sets_are_chosen_greedily_without_repeats():
    rng = random.Random(7)
    vocab = (
        "river bridge council budget harbour school mayor crews storm power road train market "
        "ferry museum library hospital police park tram airport factory farm festival stadium "
        "court tunnel canal castle church bakery theatre garden prison station port village"
    ).split()
    text = " ".join(
        f"The {' and '.join(rng.sample(vocab, 3))} plans worried {rng.choice(vocab)} staff."
        for _ in range(300)
    )
    d = doc(text)
    picked = summarize_default(d, 25)  # 37 choose 25 sets: too many to try each
    assert len(picked) == 25 == len(set(picked)) and picked == sorted(picked)
    assert picked == summarize_default(d, 25)
