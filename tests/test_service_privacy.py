"""Users who opted out (``/privacy exclude-me``) are left out of every catch-up, and back in when
they opt in again."""

import json

import pytest

from bot.errors import InputError
from bot.service import Service
from bot.text.chat import ChatMessage
from tests.test_chat_exports import discord_export
from tests.test_service import settings_for

START = 1_780_000_000.0
MAJA, LEO, INES, ODA = 310_000_000_000_000_001, 420_000_000_000_000_002, 530_000_000_003, 64
GREENHOUSE = "The old greenhouse behind the library is free every Saturday, we could swap there."
LEO_ASKS = "Who keeps the list of seedlings people promised to bring for the swap?"
# A plant swap planned in a garden club: Leo's greenhouse idea is the one everybody replies to.
SWAP = [
    (0, MAJA, "Maja", "Spring is close, shall we organise the seedling swap for the garden club?"),
    (
        1,
        INES,
        "Ines",
        "Yes, the swap last year brought thirty people and lots of tomato seedlings.",
    ),
    (2, LEO, "Leo", GREENHOUSE, {"reactions": 9}),
    (
        3,
        MAJA,
        "Maja",
        "The greenhouse works, it has tables and a tap for watering.",
        {"reply_to": 3},
    ),
    (
        4,
        INES,
        "Ines",
        "Saturday in the greenhouse suits me, I will bring chilli seedlings.",
        {"reply_to": 3},
    ),
    (5, ODA, "Oda", "Greenhouse it is, I can print posters for the swap.", {"reply_to": 3}),
    (6, LEO, "Leo", "Posters: https://garden.example/poster-draft and a sign-up sheet too."),
    (7, MAJA, "Maja", "Can someone ask the library whether we may use their car park that day?"),
    (9, LEO, "Leo", LEO_ASKS),
    (10, INES, "Ines", "I will bring a folding table and labels for the swap seedlings."),
]


def chat(lines=SWAP) -> list[ChatMessage]:
    out = []
    for i, (minute, user, name, text, *rest) in enumerate(lines, 1):
        extras = dict(rest[0]) if rest else {}
        out.append(
            ChatMessage(
                id=str(i),
                author_id=str(user),
                author=name,
                timestamp=START + minute * 60,
                text=text,
                reply_to=str(extras["reply_to"]) if "reply_to" in extras else None,
                reactions=extras.get("reactions", 0),
                url=f"https://discord.com/channels/1/2/{i}",
            )
        )
    return out


def shown(result) -> list[tuple[str, str]]:
    """Every (author, text) a catch-up shows: its picks and its open questions."""
    picks = [(m.author, m.text) for t in result.topics for m in t.messages]
    return picks + [(q.author, q.text) for q in result.open_questions]


@pytest.fixture
async def service(tmp_path):
    svc = await Service.create(settings_for(tmp_path))
    yield svc
    await svc.close()


async def test_an_opted_out_authors_messages_are_absent_until_they_opt_in(service):
    before = await service.catch_up(chat())
    assert ("Leo", GREENHOUSE) in shown(before)  # the most replied-to message is picked
    assert "Leo" in before.participants and "https://garden.example/poster-draft" in before.links
    assert ("Leo", LEO_ASKS) in shown(before)

    assert await service.exclude_user(LEO) is True
    assert await service.is_excluded(LEO) and not await service.is_excluded(MAJA)
    without = await service.catch_up(chat())
    assert not [author for author, _ in shown(without) if author == "Leo"]
    texts = " ".join(text for _, text in shown(without))
    assert (
        "old greenhouse behind the library" not in texts
        and "seedlings people promised" not in texts
    )
    assert "Leo" not in without.participants and "Leo" not in without.counts
    assert without.links == ()  # the link only Leo shared
    assert without.messages == len(SWAP) - 3
    assert shown(without)  # the others' messages still make a catch-up

    assert await service.include_user(LEO) is True
    assert not await service.is_excluded(LEO)
    assert (await service.catch_up(chat())).to_dict("x") == before.to_dict("x")


async def test_replies_to_an_opted_out_message_no_longer_weigh(service):
    await service.exclude_user(LEO)
    # without Leo's message the replies to it are ordinary messages; a reply can be picked
    result = await service.catch_up(chat())
    assert all(m.message_id != "3" for t in result.topics for m in t.messages)
    assert {author for author, _ in shown(result)} <= {"Maja", "Ines", "Oda"}


async def test_opting_out_twice_or_in_when_never_out_changes_nothing(service):
    assert await service.include_user(ODA) is False
    assert await service.exclude_user(ODA) is True
    assert await service.exclude_user(ODA) is False
    await service.forget_user(ODA)  # forgetting a user's history keeps their opt-out
    assert await service.is_excluded(ODA)
    result = await service.catch_up(chat())
    assert "Oda" not in result.participants


@pytest.mark.parametrize("bad", [-5, 2**63, True, "12"])
async def test_a_bad_user_id_is_a_friendly_error(service, bad):
    with pytest.raises(InputError, match="not a Discord user id"):
        await service.exclude_user(bad)
    with pytest.raises(InputError, match="not a Discord user id"):
        await service.is_excluded(bad)


async def test_exports_leave_out_opted_out_discord_ids(service, tmp_path):
    doc = discord_export([(minute, name, text, *rest) for minute, _, name, text, *rest in SWAP])
    path = tmp_path / "swap.json"
    path.write_text(json.dumps(doc))
    leo_id = next(
        int(m["author"]["id"]) for m in doc["messages"] if m["author"]["nickname"] == "Leo"
    )
    assert ("Leo", GREENHOUSE) in shown(await service.catch_up_export(str(path)))
    await service.exclude_user(leo_id)
    result = await service.catch_up_export(str(path))
    assert "Leo" not in result.participants and "Leo" not in {a for a, _ in shown(result)}
    assert result.messages == len(SWAP) - 3


async def test_slack_exports_work_with_opt_outs_around(service, tmp_path):
    for user in (LEO, 0, 1):
        await service.exclude_user(user)
    day = [
        {
            "type": "message",
            "user": "U1",
            "text": "Is the seed library open on Sundays?",
            "ts": "100.0",
        },
        {
            "type": "message",
            "user": "W02",
            "text": "Only in spring, from nine until noon.",
            "ts": "160.0",
        },
        {
            "type": "message",
            "user": "U3",
            "text": "The seed library moved upstairs this year.",
            "ts": "220.0",
        },
    ]
    path = tmp_path / "2026-03-02.json"
    path.write_text(json.dumps(day))
    result = await service.catch_up_export(str(path))
    assert set(result.participants) == {"U1", "W02", "U3"}  # Slack ids: never Discord opt-outs
