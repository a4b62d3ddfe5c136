"""Where a shared PostgreSQL database is: host, port, database, user and TLS mode.

Parsed from ``postgresql://user@host:port/dbname?sslmode=…`` (what ``--db`` takes and
the connect dialog remembers). A password is never part of a location: one written in
a URL is taken out (``from_url`` returns it apart), so neither ``display()`` nor
``url()`` can carry it into a title bar, a settings file, a log or an error message.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, replace
from urllib.parse import parse_qs, quote, unquote, urlsplit

SCHEMES = ("postgresql", "postgres")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432


class LocationError(ValueError):
    """The text is not a PostgreSQL location we can use; ``reason`` says which part."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "scheme", "database", "port", "sslmode"


@dataclass(frozen=True)
class SharedLocation:
    host: str  # a name, an address, or a folder holding a Unix socket
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"

    def display(self) -> str:
        """``user@host:port/database``: for the title bar, the status bar and messages."""
        where = self.host if self.port == DEFAULT_PORT else f"{self.host}:{self.port}"
        return f"{self.user}@{where}/{self.database}"

    def url(self) -> str:
        """The location as ``--db`` takes it, without a password."""
        user = quote(self.user, safe="")
        database = quote(self.database, safe="")
        if self.host.startswith("/"):  # a Unix socket folder goes in the query
            base = f"postgresql://{user}@/{database}?host={quote(self.host, safe='/')}"
            separator = "&"
        else:
            port = "" if self.port == DEFAULT_PORT else f":{self.port}"
            base = f"postgresql://{user}@{self.host}{port}/{database}"
            separator = "?"
        if self.sslmode != "prefer":
            base += f"{separator}sslmode={self.sslmode}"
        return base

    def with_user(self, user: str) -> SharedLocation:
        return replace(self, user=user)


def is_shared_url(text: str) -> bool:
    return text.split("://", 1)[0].lower() in SCHEMES and "://" in text


def from_url(text: str) -> tuple[SharedLocation, str | None]:
    """The location in ``text`` and the password written in it, if any."""
    parts = urlsplit(text.strip())
    if parts.scheme.lower() not in SCHEMES:
        raise LocationError("scheme")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    database = unquote(parts.path.lstrip("/"))
    if not database:
        raise LocationError("database")
    try:
        port = parts.port or int(query.get("port", DEFAULT_PORT))
    except ValueError as exc:
        raise LocationError("port") from exc
    if not 0 < port < 65536:
        raise LocationError("port")
    sslmode = query.get("sslmode", "prefer")
    if sslmode not in SSL_MODES:
        raise LocationError("sslmode")
    host = unquote(parts.hostname or "") or query.get("host", "") or "localhost"
    user = unquote(parts.username or "") or query.get("user", "") or getpass.getuser()
    password = unquote(parts.password) if parts.password else None
    location = SharedLocation(host=host, database=database, user=user, port=port, sslmode=sslmode)
    return location, password
