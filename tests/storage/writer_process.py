"""A writer process for the concurrency tests: adds entries and reports each committed one.

    python -m tests.storage.writer_process DB WRITER COUNT [purge]

``DB`` is an SQLite file path or a ``postgresql://`` URL.

Prints ``ready`` once the store is open, then ``<entry id> <writer> <n>`` after each ``add``
has returned (i.e. after the commit). With ``purge``, also purges its own channel every 10
entries, so that a kill can land in a multi-row delete too.
"""

from __future__ import annotations

import asyncio
import sys

from bot.models import Quote, Scope
from bot.storage import NewEntry, SqliteHistoryStore, open_history_store


def writer_scope(writer: int) -> Scope:
    return Scope(guild_id=77, channel_id=1000 + writer)


SHARED = Scope(guild_id=77, channel_id=1)


def entry(writer: int, n: int) -> NewEntry:
    return NewEntry(
        source=f"https://w{writer}.example/{n}",
        canonical_url=f"https://w{writer}.example/{n}",
        title=f"writer{writer} entry{n}",
        summary=tuple(
            f"Sentence {i} of entry {n} by writer {writer} about bridges." for i in range(5)
        ),
        quotes=(Quote(f"Quote {n}", f"Speaker {writer}"),),
        keywords=(f"writer{writer}", f"entry{n}"),
        requester_id=writer,
        article_text=f"Article {n} by writer {writer}. " * 300,
    )


async def main(path: str, writer: int, count: int, purge: bool) -> None:
    if "://" in path:
        store = await open_history_store(path, pool_size=2)
    else:
        store = await SqliteHistoryStore.open(path, busy_timeout=30.0)
    print("ready", flush=True)
    try:
        for n in range(count):
            scope = SHARED if n % 2 else writer_scope(writer)
            added = await store.add(scope, entry(writer, n))
            print(f"{added.id} {writer} {n}", flush=True)
            if purge and n % 10 == 9:
                await store.purge_channel(Scope(guild_id=78, channel_id=writer))
                for k in range(30):
                    await store.add(
                        Scope(guild_id=78, channel_id=writer), entry(writer, 10_000 + k)
                    )
    finally:
        await store.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), "purge" in sys.argv[4:]))
