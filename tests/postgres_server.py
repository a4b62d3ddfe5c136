"""A throwaway PostgreSQL server for the tests and benchmarks: ``initdb`` + ``pg_ctl``.

It lives in a temporary folder, listens only on a Unix socket in that folder (no TCP
port, so two runs on one machine never collide) and accepts every local role without a
password (``trust``), which lets tests log in as the roles ``server init`` creates. Root
may not run PostgreSQL, so as root the server runs as the system user ``postgres``.

``start_tcp_server`` starts one as an IT department would run it instead: on a loopback
TCP port, TLS only (a self-signed certificate made here), and a password for every role
that logs in over the network (scram-sha-256); the Unix socket still trusts, for setting up.

Where the machine has no PostgreSQL, ``find_server_programs`` returns None and
``MISSING_MESSAGE`` says which Debian package brings it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
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
    port: int | None = None  # the loopback TCP port, if it listens on one (start_tcp_server)

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A SQLAlchemy-free libpq URL for ``database`` on this server's socket."""
        port = f"&port={self.port}" if self.port else ""  # the socket is named by the port
        return f"postgresql://{user}@/{database}?host={self.socket_dir}{port}"

    def conninfo(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        port = f" port={self.port}" if self.port else ""
        return f"host={self.socket_dir}{port} dbname={database} user={user}"

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
    return _start(programs, "-c listen_addresses=''", None)


def start_tcp_server(programs: Path, tls: bool = True) -> ThrowawayServer:
    """Like ``start_server``, but also on a free loopback port (``ThrowawayServer.port``),
    where a role needs its password, and TLS unless ``tls`` is False (then none is offered)."""
    port = _free_port()

    def secure(data: Path) -> None:
        if tls:
            _write_certificate(data)
        rule = "hostssl" if tls else "host"
        (data / "pg_hba.conf").write_text(
            f"local all all trust\n{rule} all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8"
        )

    options = f"-c listen_addresses=127.0.0.1 -p {port} -c ssl={'on' if tls else 'off'}"
    server = _start(programs, options, secure)
    server.port = port
    return server


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _write_certificate(data: Path) -> None:
    """server.crt and server.key in the data folder (where ssl=on looks), for localhost."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    (data / "server.crt").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file = data / "server.key"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)  # the server refuses a key others may read
    if os.geteuid() == 0:
        for written in ("server.crt", "server.key"):
            shutil.chown(data / written, "postgres", "postgres")


def _start(programs: Path, listen: str, prepare: Callable[[Path], None] | None) -> ThrowawayServer:
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
        if prepare is not None:
            prepare(data)
        options = (
            f"-k {folder} {listen} -c fsync=off -c synchronous_commit=off "
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
