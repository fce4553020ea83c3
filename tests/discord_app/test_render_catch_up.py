"""The catch-up embed stays within Discord's limits whatever the conversation holds."""

from bot.discord_app.render import EMBED_TOTAL_LIMIT, embed_size
from bot.discord_app.render_catch_up import catch_up_message
from bot.text.chat import CatchUp, ChatPick, ChatTopic


def pick(i: int, text: str, author: str = "Ana") -> ChatPick:
    return ChatPick(
        author, text, f"https://discord.com/channels/1/2/{i}", 1_760_000_000.0 + i, str(i)
    )


def test_a_huge_catch_up_fits_one_embed():
    long = "A very long message about the **release** plan. " * 40
    topics = tuple(
        ChatTopic(
            f"topic {t} " * 20, tuple(pick(t * 3 + k, long, "N" * 100) for k in range(3)), 0, 1, 9
        )
        for t in range(10)
    )
    result = CatchUp(
        topics=topics,
        participants=tuple(f"person {i}" for i in range(40)),
        links=tuple(f"https://example.com/{i}" + "x" * 80 for i in range(60)),
        open_questions=tuple(pick(100 + i, long + "?") for i in range(10)),
        messages=1000,
        kept=700,
    )
    (embed,) = catch_up_message(result, where="#general").embeds
    assert embed_size(embed) <= EMBED_TOTAL_LIMIT
    assert len(embed.description) <= 4096
    assert all(len(f.value) <= 1024 for f in embed.fields)
    assert "\\*\\*release\\*\\*" in embed.description  # markdown in messages is shown, not applied
    assert "and 25 more" in {f.name: f.value for f in embed.fields}["Participants"]
    assert "more" in {f.name: f.value for f in embed.fields}["Links"]


def test_an_empty_catch_up_says_so():
    result = CatchUp(
        topics=(), participants=("Bea",), links=(), open_questions=(), messages=3, kept=0
    )
    (embed,) = catch_up_message(result, where="#general").embeds
    assert "Nothing to catch up on" in embed.description
    assert embed.footer.text.startswith("3 messages read")
