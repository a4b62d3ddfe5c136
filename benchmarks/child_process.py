"""What the measure_*.py benchmarks share: one measurement per child process, and its memory.

Each run is ``python <script> --child …`` with a private SERVICEPUNKT_HOME and the suite's
environment (run_benchmarks.child_env), so no run warms another; the child prints one line
``RESULT <json>``, which comes back as a dict.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def run_child(script: str, child_args: list[str], work: Path) -> dict[str, Any]:
    """Run ``script --child *child_args`` in a fresh process; its RESULT as a dict."""
    import run_benchmarks as suite

    command = [sys.executable, str(Path(script).resolve()), "--child", *child_args]
    with suite.private_home(work) as home:
        completed = subprocess.run(
            command, env=suite.child_env(home), cwd=ROOT, capture_output=True, text=True
        )
    if completed.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} failed:\n{completed.stderr[-3000:]}")
    line = next(x for x in completed.stdout.splitlines() if x.startswith("RESULT "))
    return dict(json.loads(line.removeprefix("RESULT ")))


def peak_rss_mb() -> float | None:
    """This process's peak resident memory (VmHWM) in MB (10^6 bytes); None off Linux."""
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024 / 1e6
    return None
