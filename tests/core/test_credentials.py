"""The password of a shared database in the keyring: kept, read, removed, never logged."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from servicepunkt_gui.core import credentials
from servicepunkt_gui.core.shared_location import SharedLocation

ANNA = SharedLocation(host="db.kommun.se", database="servicepunkt", user="anna")
SECRET = "hemligt-Lösen-42"


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict; ``locked`` makes every call fail as a locked keyring does."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("the keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def test_a_password_is_kept_read_and_removed(memory_keyring: MemoryKeyring) -> None:
    assert credentials.keyring_available()
    assert credentials.load_password(ANNA) is None
    assert credentials.store_password(ANNA, SECRET)
    assert memory_keyring.passwords == {("Servicepunkt", ANNA.url()): SECRET}
    assert credentials.load_password(ANNA) == SECRET
    # Another user or database on the same server has its own.
    assert credentials.load_password(ANNA.with_user("berit")) is None
    assert credentials.forget_password(ANNA)
    assert credentials.load_password(ANNA) is None
    assert credentials.forget_password(ANNA)  # nothing kept: nothing to remove


def test_a_locked_keyring_is_caught_and_logged_without_the_password(
    memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    credentials.store_password(ANNA, SECRET)
    memory_keyring.locked = True
    assert not credentials.store_password(ANNA, "ett-annat-lösen")
    assert credentials.load_password(ANNA) is None
    assert not credentials.forget_password(ANNA)
    assert "KeyringLocked" in caplog.text
    assert SECRET not in caplog.text and "ett-annat-lösen" not in caplog.text


def test_without_a_keyring_nothing_is_kept_and_nothing_fails(
    caplog: pytest.LogCaptureFixture,
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not credentials.keyring_available()
        assert not credentials.store_password(ANNA, SECRET)
        assert credentials.load_password(ANNA) is None
        assert credentials.forget_password(ANNA)
    finally:
        keyring.set_keyring(before)
    assert SECRET not in caplog.text


def test_an_empty_password_is_not_kept(memory_keyring: MemoryKeyring) -> None:
    assert not credentials.store_password(ANNA, "")
    assert memory_keyring.passwords == {}
