"""The conversation catch-up on invented conversations in several styles."""

import random

from bot.text.chat import ChatMessage
from bot.text.conversation import catch_up, is_noise, shorten

START = 1_760_000_000.0


def convo(lines, *, start=START):
    """Messages from (minute, author, text[, extras]) lines; ids count from 1."""
    out = []
    for i, line in enumerate(lines, 1):
        minute, author, text, *rest = line
        extras = dict(rest[0]) if rest else {}
        out.append(
            ChatMessage(
                id=str(i),
                author_id=author.lower(),
                author=author,
                timestamp=start + minute * 60,
                text=text,
                url=f"https://discord.com/channels/1/2/{i}",
                **extras,
            )
        )
    return out


def picked(result):
    return [m.text for t in result.topics for m in t.messages]


DECISION = (
    "Decision: we ship version 2.4 on Thursday and move the search rewrite to the next release."
)
DECISION_THREAD = [
    (
        0,
        "Priya",
        "We need to settle the release plan for 2.4 today, the search rewrite is slipping.",
    ),
    (1, "Tomas", "If we wait for the search rewrite the release moves by two weeks at least."),
    (
        2,
        "Aiko",
        "Customers are waiting for the billing fixes in 2.4, I would not hold the release.",
    ),
    (3, "Tomas", "Could we ship the billing fixes alone and keep search for 2.5?"),
    (4, "Priya", "The release notes already mention search, we would have to rewrite them."),
    (5, "Aiko", "Rewriting release notes takes an hour, delaying billing fixes costs us renewals."),
    (6, "Marek", "QA signed off on everything except search, so the rest of the release is ready."),
    (8, "Priya", DECISION, {"reactions": 7}),
    (9, "Tomas", "Agreed, I will update the release notes for Thursday.", {"reply_to": "8"}),
    (9, "Aiko", "Works for me, billing fixes go out Thursday then.", {"reply_to": "8"}),
    (10, "Marek", "QA will run the final checks on Wednesday evening.", {"reply_to": "8"}),
    (11, "Tomas", "👍"),
    (12, "Aiko", "search rewrite gets its own branch for 2.5 then", {"reply_to": "8"}),
]


def test_decision_thread_holds_the_decision():
    result = catch_up(convo(DECISION_THREAD))
    assert DECISION in picked(result)
    assert len(result.topics) == 1
    decision = next(m for t in result.topics for m in t.messages if m.text == DECISION)
    assert decision.author == "Priya"
    assert decision.url == "https://discord.com/channels/1/2/8"
    assert result.participants[0] in ("Priya", "Tomas", "Aiko")
    assert set(result.participants) == {"Priya", "Tomas", "Aiko", "Marek"}


def test_without_replies_and_reactions_the_decision_weighs_less():
    plain = [line[:3] for line in DECISION_THREAD]
    scores = {m.text: m.score for t in catch_up(convo(DECISION_THREAD)).topics for m in t.messages}
    plain_scores = {m.text: m.score for t in catch_up(convo(plain)).topics for m in t.messages}
    assert scores[DECISION] > plain_scores.get(DECISION, 0.0)


SUPPORT = [
    (0, "Lena", "How do I reset my password if the reset email never arrives?"),
    (
        3,
        "Support",
        "Check your spam folder first, the reset email comes from our no-reply address.",
    ),
    (4, "Lena", "Found it in spam, thanks!"),
    (20, "Omar", "Does the desktop app support offline mode on Linux?"),
    (26, "Jun", "Why does the export to CSV fail with a timeout on big reports?"),
    (
        29,
        "Support",
        "Exports over fifty thousand rows hit the limit; split the report by month for now.",
        {"reply_to": "5"},
    ),
    (31, "Jun", "Splitting by month worked, cheers."),
    (40, "Rosa", "Can I use two factor login with a hardware key?"),
    (41, "Support", "Yes, add it under security settings and keep a backup code."),
    (55, "Ivan", "Is there a way to change the invoice currency after paying?"),
]


def test_support_channel_lists_the_unanswered_questions():
    result = catch_up(convo(SUPPORT))
    open_texts = [q.text for q in result.open_questions]
    assert open_texts == [
        "Does the desktop app support offline mode on Linux?",
        "Is there a way to change the invoice currency after paying?",
    ]
    assert [q.author for q in result.open_questions] == ["Omar", "Ivan"]
    assert result.open_questions[0].url == "https://discord.com/channels/1/2/4"


def test_a_reply_or_a_mention_answers_a_question():
    lines = [
        (0, "Omar", "Does the desktop app support offline mode on Linux?"),
        (5, "Kim", "Only the web version for now, sorry.", {"reply_to": "1"}),
        (9, "Ivan", "Is there a way to change the invoice currency after paying?"),
        (12, "Kim", "See the billing FAQ.", {"mentions": ("3",)}),
    ]
    assert catch_up(convo(lines)).open_questions == ()


SOCIAL = [
    (0, "Bea", "gm"),
    (0, "Cal", "gm gm"),
    (1, "Dee", "😂😂😂"),
    (1, "Cal", "lol"),
    (2, "MusicBot", "Now playing: a song", {"is_bot": True}),
    (2, "Eli", "!play lofi beats"),
    (3, "Bea", "/roll d20"),
    (3, "Dee", "https://example.com/cat.gif"),
    (4, "Cal", "haha nice"),
    (5, "Eli", "Anyone up for the board game night on Friday at Marco's place?"),
    (5, "Bea", "+1"),
    (6, "Dee", "ok thanks"),
    (6, "Cal", "I'll bring snacks and the new expansion for the board game night."),
    (7, "Bea", "same"),
    (7, "Dee", "<:pepe:123456789>"),
    (8, "Eli", "yes"),
    (8, "Bea", "lmao"),
    (9, "Cal", "omg yes"),
]


def test_busy_social_channel_shows_no_noise():
    result = catch_up(convo(SOCIAL))
    texts = picked(result)
    assert texts, "the two real messages make a topic"
    for text in texts:
        assert not is_noise(text)
    assert set(texts) <= {
        "Anyone up for the board game night on Friday at Marco's place?",
        "I'll bring snacks and the new expansion for the board game night.",
    }
    assert "MusicBot" not in result.participants
    assert result.links == ("https://example.com/cat.gif",)
    assert result.messages == len(SOCIAL)
    assert result.kept == 2
    assert result.open_questions == ()  # Cal's answer shares its words


def test_noise_rules():
    for text in (
        "ok",
        "lol 😂",
        "thanks!",
        "+1",
        "/tldr 50",
        "!skip",
        "👍👍",
        "ok thank you",
        "yes",
    ):
        assert is_noise(text), text
    for text in ("The deploy failed again", "Can we meet at noon?", "no, the staging server"):
        assert not is_noise(text), text


TWO_TOPICS = [
    (0, "Nina", "The staging deploy failed again, the pods crash on start."),
    (1, "Raj", "Pods crash because the config map lacks the database password."),
    (2, "Nina", "I added the password to the config map and redeployed staging."),
    (3, "Raj", "Staging pods are healthy now, the deploy logs look clean."),
    (4, "Sam", "Can we alert on pods that crash during a deploy?"),
    (5, "Raj", "I'll add an alert for crash loops on staging and production pods."),
    (6, "Nina", "Great, I'll write up the deploy fix in the runbook."),
    (8, "Sam", "Different thing: where do we hold the team offsite in June?"),
    (9, "Ola", "The lake hotel has a meeting room for twenty and cheap rooms in June."),
    (10, "Sam", "Is the lake hotel reachable by train from the city?"),
    (11, "Ola", "Yes, a direct train runs every hour and the hotel sends a shuttle."),
    (12, "Nina", "Book the lake hotel then, the offsite budget covers rooms and the train."),
    (13, "Sam", "I'll reserve the hotel rooms and the meeting room for the offsite."),
    (14, "Ola", "Please also ask the hotel about a vegetarian menu for the offsite dinner."),
]


def test_two_topic_discussion_splits_at_the_switch():
    result = catch_up(convo(TWO_TOPICS))
    assert len(result.topics) == 2
    first, second = result.topics
    assert first.turns == 7 and second.turns == 7
    assert first.messages and second.messages
    assert all("deploy" in m.text or "pods" in m.text.lower() for m in first.messages)
    assert all("offsite" in m.text or "hotel" in m.text for m in second.messages)
    assert "pod" in first.title.lower() or "deploy" in first.title.lower()
    assert "hotel" in second.title.lower() or "offsite" in second.title.lower()


def test_a_long_silence_starts_a_new_topic():
    lines = [
        (0, "Ana", "The printer on the second floor is jammed again."),
        (2, "Ben", "I'll call the printer repair service this afternoon."),
        (3, "Ana", "Thanks, the printer queue is getting long."),
        (300, "Ana", "The printer works again, the repair took ten minutes."),
        (302, "Ben", "Good, the printer repair service was quick this time."),
    ]
    result = catch_up(convo(lines))
    assert len(result.topics) == 2
    assert [t.turns for t in result.topics] == [3, 2]


def test_one_authors_quick_messages_make_one_turn():
    lines = [
        (0.0, "Ana", "The build is red on main.", {"reactions": 4}),
        (0.5, "Ana", "It's the flaky upload test again."),
        (1.0, "Ana", "I'm rerunning it now."),
        (4.0, "Ben", "The upload test needs a longer timeout, I'll patch it."),
        (9.0, "Ana", "Build is green after the rerun."),
    ]
    result = catch_up(convo(lines))
    assert result.topics[0].turns == 3
    texts = picked(result)
    merged = "The build is red on main.\nIt's the flaky upload test again.\nI'm rerunning it now."
    assert merged in texts


def test_since_keeps_the_last_stretch():
    result = catch_up(convo(TWO_TOPICS), since=6 * 60)
    assert result.messages == 7
    assert all(m.timestamp >= START + 8 * 60 for t in result.topics for m in t.messages)


def test_the_same_conversation_in_any_order_gives_the_same_catch_up():
    messages = convo(SUPPORT + [(m + 60, *rest) for m, *rest in TWO_TOPICS])
    shuffled = list(messages)
    random.Random(7).shuffle(shuffled)
    assert catch_up(messages) == catch_up(shuffled)


def test_empty_and_noise_only_conversations():
    empty = catch_up([])
    assert empty.topics == () and empty.participants == () and empty.messages == 0
    noise = catch_up(convo([(0, "Bea", "lol"), (1, "Cal", "👍")]))
    assert noise.topics == () and noise.participants == ("Bea", "Cal") and noise.kept == 0


def test_shorten_cuts_at_a_sentence_end():
    text = (
        "The migration finished at noon. "
        + "Every table was copied and checked twice against the old cluster. " * 5
        + "Nothing was lost."
    )
    short = shorten(text, 120)
    assert short.startswith("The migration finished at noon.")
    assert short.endswith(" …")
    assert len(short) <= 122
    assert short[:-2].endswith(".")
    assert shorten("Short enough.", 120) == "Short enough."
    assert shorten("x" * 50 + " " + "y" * 100, 60) == "x" * 50 + " …"


def test_long_picks_are_shortened_verbatim():
    long_text = "We ship on Thursday. " + "The notes list every billing fix in detail. " * 12
    lines = [
        (0, "Ana", long_text, {"reactions": 3}),
        (1, "Ben", "Thursday works for the billing fixes."),
    ]
    texts = picked(catch_up(convo(lines)))
    shortened = [t for t in texts if t.startswith("We ship on Thursday.")]
    assert shortened and shortened[0].endswith(" …") and len(shortened[0]) < len(long_text)
    assert long_text.startswith(shortened[0][:-2])


def test_json_record_has_the_documented_keys():
    record = catch_up(convo(SUPPORT)).to_dict("support.json")
    assert {"source", "topics", "participants", "links", "open_questions"} <= set(record)
    assert record["source"] == "support.json"
    topic = record["topics"][0]
    assert {"title", "messages"} <= set(topic)
    assert set(topic["messages"][0]) >= {"author", "text", "url", "timestamp"}
    assert topic["messages"][0]["timestamp"].endswith("Z")
    assert set(record["open_questions"][0]) >= {"author", "text", "url"}


def test_a_german_conversation_uses_german_words():
    lines = [
        (0, "Jonas", "Die Heizung im Büro ist seit gestern kaputt und es wird kalt."),
        (2, "Mia", "Ich habe den Hausmeister angerufen, er repariert die Heizung morgen früh."),
        (3, "Jonas", "Danke, dann arbeite ich heute von zu Hause aus."),
        (9, "Lea", "Weiß jemand, ob die Kantine am Freitag geöffnet hat?"),
    ]
    result = catch_up(convo(lines))
    assert result.language == "german"
    assert [q.text for q in result.open_questions] == [
        "Weiß jemand, ob die Kantine am Freitag geöffnet hat?"
    ]
    assert any("Heizung" in t for t in picked(result))
