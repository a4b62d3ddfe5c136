"""A throwaway PostgreSQL server for the tests and benchmarks: ``initdb`` + ``pg_ctl``.

It lives in a temporary folder, listens only on a Unix socket in that folder (no TCP
port, so two runs on one machine never collide) and accepts every local role without a
password (``trust``), which lets tests log in as the roles ``server init`` creates. Root
may not run PostgreSQL, so as root the server runs as the system user ``postgres``.

Where the machine has no PostgreSQL, ``find_server_programs`` returns None and
``MISSING_MESSAGE`` says which Debian package brings it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
DEBIAN_PACKAGE = "postgresql"
MISSING_MESSAGE = (
    "PostgreSQL's server programs (initdb, pg_ctl) were not found: install the Debian "
    f"package '{DEBIAN_PACKAGE}' (apt-get install {DEBIAN_PACKAGE}), or put them on PATH."
)


def find_server_programs() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``: PATH first, then Debian's layout."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass
class ThrowawayServer:
    folder: Path
    programs: Path

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A SQLAlchemy-free libpq URL for ``database`` on this server's socket."""
        return f"postgresql://{user}@/{database}?host={self.socket_dir}"

    def conninfo(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"host={self.socket_dir} dbname={database} user={user}"

    def stop(self) -> None:
        subprocess.run(
            _as_server_user(
                [
                    str(self.programs / "pg_ctl"),
                    "-D",
                    str(self.folder / "data"),
                    "-m",
                    "immediate",
                    "stop",
                ]
            ),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server(programs: Path) -> ThrowawayServer:
    """initdb into a new temporary folder and start the server there; wait until it is up."""
    folder = Path(tempfile.mkdtemp(prefix="servicepunkt-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    run = {"capture_output": True, "text": True, "check": True}
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(programs / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    SUPERUSER,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            ),
            **run,  # type: ignore[call-overload]
        )
        options = (
            f"-k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB"
        )
        subprocess.run(
            _as_server_user(
                [
                    str(programs / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(folder / "server.log"),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            **run,  # type: ignore[call-overload]
        )
    except subprocess.CalledProcessError as exc:
        log = folder / "server.log"
        details = log.read_text(errors="replace") if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr}\n{details}") from exc
    return ThrowawayServer(folder=folder, programs=programs)
