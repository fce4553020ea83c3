"""Environment of worker processes: one thread for numeric libraries.

The fork server imports this module first, before numpy, so that every worker it forks uses a
single BLAS/OpenMP thread. Each extra thread reserves tens of MB of address space, which counts
against ``WORKER_MEMORY_MB`` (RLIMIT_AS) and would make the cap depend on the machine's core count.
Importing it is the side effect: only worker processes import it.
"""

from __future__ import annotations

import os

THREAD_VARIABLES = (
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)


def single_threaded() -> None:
    """Ask numeric libraries for one thread (takes effect for libraries not yet loaded)."""
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


single_threaded()
