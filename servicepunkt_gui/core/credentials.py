"""The password of a shared database in the computer's keyring, when the official asks for it.

Through ``keyring`` (Windows Credential Manager, macOS Keychain, the Secret Service on
Linux); nothing of ours is ever written in plain text. Every keyring failure (none installed,
locked, D-Bus gone, access refused) is caught here and logged by its kind only: the password
never reaches a log or an error message, and the official simply types it again.
"""

from __future__ import annotations

import logging

import keyring
from keyring.backend import KeyringBackend

from servicepunkt_gui.core.shared_location import SharedLocation

log = logging.getLogger(__name__)

SERVICE = "Servicepunkt"


def _backend() -> KeyringBackend | None:
    """The keyring in use, or None when none works (only the "fail" or "null" stand-ins)."""
    try:
        backend = keyring.get_keyring()
        # fail.Keyring has priority 0, null.Keyring -1, an empty chainer below 0.
        return backend if float(backend.priority) > 0 else None
    except Exception as exc:  # a backend that breaks while it is looked for
        log.warning("no keyring: %s", type(exc).__name__)
        return None


def keyring_available() -> bool:
    """Whether a password can be kept in this computer's keyring at all."""
    return _backend() is not None


def _key(location: SharedLocation) -> str:
    return location.url()  # never holds a password (shared_location)


def store_password(location: SharedLocation, password: str) -> bool:
    """Keep ``password`` for ``location``; False (and logged) when the keyring refused."""
    backend = _backend()
    if backend is None or not password:
        return False
    try:
        backend.set_password(SERVICE, _key(location), password)
    except Exception as exc:  # any backend's own errors, not only KeyringError
        log.warning("password for %s not stored: %s", location.display(), type(exc).__name__)
        return False
    log.info("password for %s stored in the keyring", location.display())
    return True


def load_password(location: SharedLocation) -> str | None:
    """The password kept for ``location``; None when there is none or the keyring failed."""
    backend = _backend()
    if backend is None:
        return None
    try:
        password = backend.get_password(SERVICE, _key(location))
    except Exception as exc:
        log.warning("password for %s not read: %s", location.display(), type(exc).__name__)
        return None
    return password or None


def forget_password(location: SharedLocation) -> bool:
    """Remove the password kept for ``location``; True when none is kept any more."""
    backend = _backend()
    if backend is None:
        return True  # nothing can be kept where there is no keyring
    try:
        if backend.get_password(SERVICE, _key(location)) is None:
            return True
        backend.delete_password(SERVICE, _key(location))
    except Exception as exc:
        log.warning("password for %s not removed: %s", location.display(), type(exc).__name__)
        return False
    log.info("password for %s removed from the keyring", location.display())
    return True
