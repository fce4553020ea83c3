"""Conversation catch-ups through the service: the engine runs in a worker with the job limits."""

import pytest

import bot.cases.conversations
from bot.errors import InputError
from bot.service import Service
from bot.text.chat import parse_since
from tests.test_service import settings_for
from tests.text.test_conversation import DECISION, DECISION_THREAD, TWO_TOPICS, convo


@pytest.fixture
async def service(tmp_path):
    svc = await Service.create(settings_for(tmp_path))
    yield svc
    await svc.close()


async def test_catch_up_runs_the_engine_in_a_worker(service):
    result = await service.catch_up(convo(DECISION_THREAD))
    assert DECISION in [m.text for t in result.topics for m in t.messages]


async def test_catch_up_since_takes_a_time_span(service):
    result = await service.catch_up(convo(TWO_TOPICS), since="6m")
    assert result.messages == 7
    with pytest.raises(InputError, match="time span"):
        await service.catch_up(convo(TWO_TOPICS), since="yesterday-ish")


async def test_too_many_messages_get_a_clear_error(service, monkeypatch):
    monkeypatch.setattr(bot.cases.conversations, "MAX_CATCH_UP_MESSAGES", 5)
    with pytest.raises(InputError, match="shorter time span"):
        await service.catch_up(convo(TWO_TOPICS))
    assert (await service.catch_up(convo(TWO_TOPICS), since="3m")).messages == 4


async def test_catch_up_of_a_missing_export(service, tmp_path):
    with pytest.raises(InputError, match="No such file"):
        await service.catch_up_export(str(tmp_path / "nothing.json"))


@pytest.mark.parametrize(
    "text, seconds", [("30m", 1800), ("6h", 21600), ("1d", 86400), ("2w", 1209600), ("1h30m", 5400)]
)
def test_parse_since(text, seconds):
    assert parse_since(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "5", "0m", "m30", "3x"])
def test_parse_since_refuses(text):
    with pytest.raises(InputError):
        parse_since(text)
