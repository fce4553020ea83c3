"""The PostgreSQL history backend (asyncpg). Imported only when a ``postgresql://`` URL is opened."""

from bot.storage.postgres.store import PostgresHistoryStore

__all__ = ["PostgresHistoryStore"]
