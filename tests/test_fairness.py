"""Fair turns: per-user and per-channel caps, round-robin between owners, on the real pool too."""

import asyncio
import time

import pytest

from bot.config import ConfigError, Settings
from bot.errors import TimeLimitError
from bot.fairness import FairSlots, JobOwner
from bot.workers import JobRunner
from tests import _jobs
from tests._timing import timed

A = JobOwner(user=1, channel="x")
A_ELSEWHERE = JobOwner(user=1, channel="y")
B = JobOwner(user=2, channel="x")
C = JobOwner(user=3, channel="y")


class Jobs:
    """Jobs that hold a slot until released, recording the order they start in."""

    def __init__(self, slots: FairSlots) -> None:
        self.slots = slots
        self.started: list[str] = []
        self.release: dict[str, asyncio.Event] = {}
        self.tasks: dict[str, asyncio.Task] = {}

    def submit(self, name: str, owner: JobOwner | None) -> None:
        self.release[name] = asyncio.Event()

        async def job():
            async with self.slots.slot(owner):
                self.started.append(name)
                await self.release[name].wait()

        self.tasks[name] = asyncio.create_task(job())

    async def settle(self) -> None:
        for _ in range(5):
            await asyncio.sleep(0)

    async def finish(self, name: str) -> None:
        self.release[name].set()
        await self.tasks[name]
        await self.settle()

    async def finish_all(self) -> None:
        for event in self.release.values():
            event.set()
        await asyncio.gather(*self.tasks.values(), return_exceptions=True)


@pytest.mark.parametrize(
    "workers,caps", [(1, (1, 1)), (2, (1, 2)), (3, (1, 2)), (4, (2, 3)), (8, (6, 7))]
)
def test_default_caps_leave_room_for_other_users_and_channels(workers, caps):
    slots = FairSlots(workers)
    assert (slots.per_user, slots.per_channel) == caps
    if workers >= 2:
        assert slots.per_user < slots.per_channel  # a second user of a busy channel can start
        assert slots.per_user < workers
    if workers >= 3:
        assert slots.per_channel < workers  # a busy channel leaves a worker for other channels


def test_caps_given_win_over_the_defaults():
    slots = FairSlots(4, per_user=1, per_channel=4)
    assert (slots.per_user, slots.per_channel) == (1, 4)


async def test_one_user_cannot_take_every_slot():
    jobs = Jobs(FairSlots(2, per_user=1, per_channel=2))
    jobs.submit("a1", A)
    jobs.submit("a2", A_ELSEWHERE)  # the same user in another channel is still that user
    await jobs.settle()
    jobs.submit("b1", B)
    await jobs.settle()
    assert jobs.started == ["a1", "b1"]
    await jobs.finish("a1")
    assert jobs.started == ["a1", "b1", "a2"]
    await jobs.finish_all()


async def test_one_channel_cannot_take_every_slot():
    jobs = Jobs(FairSlots(3, per_user=3, per_channel=1))
    jobs.submit("a1", A)
    jobs.submit("b1", B)  # another user, same channel: waits
    jobs.submit("c1", C)  # another channel: runs
    await jobs.settle()
    assert jobs.started == ["a1", "c1"]
    await jobs.finish("a1")
    assert jobs.started == ["a1", "c1", "b1"]
    await jobs.finish_all()


async def test_waiting_owners_take_turns():
    jobs = Jobs(FairSlots(1, per_user=1, per_channel=1))
    for name in ("a1", "a2", "a3"):
        jobs.submit(name, A)
    await jobs.settle()
    jobs.submit("c1", C)
    await jobs.settle()
    for name in ("a1", "a2", "c1"):
        await jobs.finish(name)
    # c1 waited behind one of A's waiting jobs, not behind all of them
    assert jobs.started == ["a1", "a2", "c1", "a3"]
    await jobs.finish_all()


async def test_a_cancelled_waiter_gives_up_its_turn():
    slots = FairSlots(1)
    jobs = Jobs(slots)
    jobs.submit("a1", A)
    jobs.submit("c1", C)
    jobs.submit("b1", B)
    await jobs.settle()
    jobs.tasks["c1"].cancel()
    await jobs.settle()
    await jobs.finish("a1")
    assert jobs.started == ["a1", "b1"]
    await jobs.finish("b1")
    assert (slots.running, slots.waiting) == (0, 0)


async def test_jobs_without_an_owner_are_not_capped():
    jobs = Jobs(FairSlots(2))
    jobs.submit("x1", None)
    jobs.submit("x2", None)
    jobs.submit("x3", JobOwner())
    await jobs.settle()
    assert jobs.started == ["x1", "x2"]
    await jobs.finish_all()


# ---- the real pool: one user's runaway jobs do not hold another user's job (issue 15)

LIMIT = 2.0
SLACK = 3.0  # process kill and replacement on a loaded 2-core machine
OWN_TIME = 0.5


async def warm(runner: JobRunner, workers: int) -> None:
    await asyncio.gather(
        *(runner.run(_jobs.sleep_then, 0.2, i, timeout=30) for i in range(workers))
    )


@pytest.mark.parametrize("per_user", [None, 2], ids=["default caps", "no user cap"])
async def test_a_normal_job_behind_two_runaway_ones_answers_within_its_time_plus_the_limit(
    per_user,
):
    user_a = JobOwner(user=100, channel="general")
    user_b = JobOwner(user=200, channel="general")
    async with JobRunner(2, per_user=per_user) as runner:
        await warm(runner, 2)
        started = time.monotonic()
        hostile = [
            asyncio.create_task(timed(runner.run(_jobs.spin, 600, timeout=LIMIT, owner=user_a)))
            for _ in range(2)
        ]
        await asyncio.sleep(0.2)
        normal, normal_elapsed = await timed(
            runner.run(_jobs.spin, OWN_TIME, timeout=LIMIT, owner=user_b)
        )
        results = await asyncio.gather(*hostile)
        total = time.monotonic() - started
    assert isinstance(normal, int) and normal > 0
    if per_user is None:
        # A may use one worker, so B starts at once
        assert normal_elapsed < OWN_TIME + LIMIT
    else:
        # both workers were A's: B waits for the first kill at most
        assert normal_elapsed < OWN_TIME + LIMIT + SLACK
    assert all(isinstance(result, TimeLimitError) for result, _ in results), results
    # each runaway job stopped at its limit (A's second one started when its first was stopped)
    assert total < 2 * LIMIT + SLACK


# ---- settings


def test_fairness_and_memory_settings():
    defaults = Settings.from_env({})
    assert (defaults.jobs_per_user, defaults.jobs_per_channel) == (None, None)
    # the default pool fits a small VPS: 2 workers stay under 1 GB of address space together
    assert defaults.workers * defaults.worker_memory_mb * 1024 * 1024 < 1_000_000_000
    given = Settings.from_env({"JOBS_PER_USER": "2", "JOBS_PER_CHANNEL": "3"})
    assert (given.jobs_per_user, given.jobs_per_channel) == (2, 3)
    with pytest.raises(ConfigError, match="whole number"):
        Settings.from_env({"JOBS_PER_USER": "many"})


async def test_the_service_gives_its_runner_the_configured_caps(tmp_path):
    from bot.service import Service

    settings = Settings.from_env(
        {"DATABASE_PATH": str(tmp_path / "h.db"), "WORKERS": "3", "JOBS_PER_CHANNEL": "3"}
    )
    async with await Service.create(settings) as service:
        slots = service.runner.slots
        assert (slots.size, slots.per_user, slots.per_channel) == (3, 1, 3)
