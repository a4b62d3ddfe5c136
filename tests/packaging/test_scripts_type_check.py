"""mypy (strict) over the packaging scripts that live outside pyproject's mypy "files"."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.packaging.conftest import ROOT

SCRIPTS = ["packaging/linux/build_deb.py", "benchmarks/packaging_budgets.py"]


def test_packaging_scripts_pass_mypy_strict() -> None:
    env = {**os.environ, "MYPYPATH": str(ROOT / "scripts")}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *SCRIPTS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
