"""What a new user sees of the package itself: its version and a clean install."""

import subprocess
import sys
from importlib.metadata import version


def test_version_flag_prints_the_installed_version():
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"summarybot {version('summarybot')}"
