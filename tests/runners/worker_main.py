"""``python -m tests.runners.worker_main N``: a queue worker that also runs the tests' jobs."""

import asyncio
import sys

from bot.cli import configure_logging
from bot.config import Settings
from bot.runners.worker import run_worker
from tests.runners.jobs_for_tests import all_jobs

if __name__ == "__main__":
    settings = Settings.from_env(dotenv=False)
    configure_logging("INFO")
    asyncio.run(run_worker(settings, concurrency=int(sys.argv[1]), jobs=all_jobs()))
