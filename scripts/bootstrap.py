#!/usr/bin/env python3
"""Set up Servicepunkt in a local virtual environment, then start the app or run the tests.

On a fresh Debian/Ubuntu machine with only Python 3.11+, one command each:

    python3 scripts/bootstrap.py run     # set up .venv, then start the app
    python3 scripts/bootstrap.py test    # set up .venv, then ruff, mypy and pytest, headless

Setting up means: create .venv in the project root (or recreate it if it is broken), install
exactly the versions in requirements.lock, every file checked against its hash, then the
project itself (skipped while pyproject.toml and the lock file are unchanged) and, on Linux,
check that the system libraries and fonts Qt needs are installed.

Standard library only, so it runs before anything is installed.
"""

# Python 3.6 and older fail on the next line with a SyntaxError that shows its comment.
from __future__ import annotations  # Servicepunkt needs Python 3.11 or newer

import argparse
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple, NoReturn

MIN_PYTHON = (3, 11)
ROOT = Path(__file__).resolve().parent.parent
VENV_DIR = ROOT / ".venv"
STAMP_FILE = VENV_DIR / ".servicepunkt-installed"
# Every dependency, with the dev and build extras, pinned with hashes (its header says how
# it is made). The project itself is installed on top, editable and without dependencies.
LOCK_FILE = ROOT / "requirements.lock"
IS_WINDOWS = os.name == "nt"
IS_LINUX = sys.platform.startswith("linux")

# The Qt libraries the app loads, and the platform plugin each command uses:
# "run" opens windows through X11 (xcb), "test" draws offscreen.
# The print-support plugin (CUPS) is loaded only when printing a report, but the frozen build
# ships it, and the .deb's dependencies are read from it.
QT_LIBRARIES = (
    "lib/libQt6Gui.so.6",
    "lib/libQt6Widgets.so.6",
    "plugins/printsupport/libcupsprintersupport.so",
)
PLATFORM_PLUGINS = {
    "run": "plugins/platforms/libqxcb.so",
    "test": "plugins/platforms/libqoffscreen.so",
}

# Debian/Ubuntu package that provides each shared library (soname) Qt may miss.
SONAME_TO_DEBIAN_PACKAGE = {
    "libcups.so.2": "libcups2",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libICE.so.6": "libice6",
    "libSM.so.6": "libsm6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libkrb5.so.3": "libkrb5-3",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libdrm.so.2": "libdrm2",
    "libgbm.so.1": "libgbm1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libpcre2-8.so.0": "libpcre2-8-0",
}
FONT_PACKAGE = "fonts-dejavu-core"
POSTGRES_PACKAGE = "postgresql"  # Debian's: initdb and pg_ctl in /usr/lib/postgresql/N/bin
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".pfb")

_LDD_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


# --- Messages ---------------------------------------------------------------------------------


def say(message: str) -> None:
    """Print one of our own messages (stderr, so stdout stays clean for machine output)."""
    print(f"[bootstrap] {message}", file=sys.stderr, flush=True)


def fail(message: str, exit_code: int = 1) -> NoReturn:
    say(message)
    sys.exit(exit_code)


def apt_install_hint(packages: Iterable[str]) -> str:
    sudo = "" if IS_LINUX and os.geteuid() == 0 else "sudo "
    return f"{sudo}apt install {' '.join(packages)}"


def python_x_y() -> str:
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


# --- Step 1: Python version -------------------------------------------------------------------


def check_python_version() -> None:
    if sys.version_info < MIN_PYTHON:
        version = ".".join(str(part) for part in sys.version_info[:3])
        fail(
            f"Servicepunkt needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer, but "
            f"{sys.executable} is Python {version}. Install a newer Python and run this "
            f"script with it, e.g.: python3.11 scripts/bootstrap.py run"
        )


# --- Step 2: virtual environment --------------------------------------------------------------


def venv_python(venv_dir: Path = VENV_DIR) -> Path:
    if IS_WINDOWS:
        return venv_dir / "Scripts" / "python.exe"
    return venv_dir / "bin" / "python"


def venv_is_usable(python: Path) -> bool:
    """True if the venv's Python starts, is new enough and has pip."""
    if not python.exists():
        return False
    probe = f"import sys, pip; sys.exit(0 if sys.version_info >= {MIN_PYTHON!r} else 1)"
    try:
        result = subprocess.run(
            [str(python), "-c", probe],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
    except OSError:
        return False
    return result.returncode == 0


def venv_support_missing() -> bool:
    """True if this Python cannot create a venv with pip (Debian without python3-venv)."""
    return any(importlib.util.find_spec(name) is None for name in ("venv", "ensurepip"))


def venv_package_hint() -> str:
    version = python_x_y()
    return (
        f"Install Debian's package python3-venv (or python{version}-venv): "
        f"{apt_install_hint([f'python{version}-venv'])}"
    )


def create_venv() -> None:
    if venv_support_missing():
        fail(
            f"Cannot create .venv: {sys.executable} lacks the venv/ensurepip module. "
            f"{venv_package_hint()}"
        )
    say(f"Creating virtual environment {VENV_DIR} ...")
    try:
        venv.EnvBuilder(with_pip=True).create(VENV_DIR)
    except (OSError, subprocess.CalledProcessError) as error:
        shutil.rmtree(VENV_DIR, ignore_errors=True)
        fail(f"Creating .venv failed ({str(error).rstrip('.')}). {venv_package_hint()}")


def ensure_venv() -> Path:
    """Return the venv's Python, creating (or recreating a broken) .venv first if needed."""
    python = venv_python()
    if venv_is_usable(python):
        return python
    if VENV_DIR.exists():
        say(f"{VENV_DIR} is broken (no working Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]}+ with pip)")
        say("Removing it to recreate it.")
        shutil.rmtree(VENV_DIR)
    create_venv()
    if not venv_is_usable(python):
        fail(f"The new {VENV_DIR} has no working Python with pip. {venv_package_hint()}")
    return python


# --- Step 3: install the project --------------------------------------------------------------


def pyproject_hash() -> str:
    """The hash of what the install depends on: pyproject.toml and the lock file."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(LOCK_FILE.read_bytes())
    return digest.hexdigest()


def install_commands(python: Path, lock_file: Path = LOCK_FILE) -> list[list[str]]:
    """The two pip commands of an install: the locked dependencies, then the project.

    --require-hashes refuses any file whose sha256 is not in the lock and any package the
    lock does not pin. The project goes in without dependencies (they came from the lock)
    and without build isolation, so the setuptools and wheel that build it are the locked
    ones too, instead of whatever the index offers at that moment.
    """
    pip = [str(python), "-m", "pip", "install", "-q"]
    return [
        [*pip, "--require-hashes", "-r", str(lock_file)],
        [*pip, "--no-deps", "--no-build-isolation", "-e", "."],
    ]


def ensure_installed(python: Path) -> None:
    """Install requirements.lock and the project, unless nothing changed since the last time."""
    if not LOCK_FILE.is_file():
        fail(f"{LOCK_FILE} is missing: it lists the exact versions to install.")
    wanted = pyproject_hash()
    if STAMP_FILE.exists() and STAMP_FILE.read_text(encoding="utf-8").strip() == wanted:
        say("Dependencies are up to date (pyproject.toml and requirements.lock unchanged).")
        return
    say(f"Installing the locked dependencies ({LOCK_FILE.name}) and the project ...")
    for command in install_commands(python):
        say("  " + " ".join(["python", *command[1:]]))
        # pip -q prints only warnings and errors; send them to stderr like our own messages.
        result = subprocess.run(command, cwd=ROOT, stdout=sys.stderr, check=False)
        if result.returncode != 0:
            fail(
                f"pip install failed (exit code {result.returncode}); see above.",
                result.returncode,
            )
    STAMP_FILE.write_text(wanted + "\n", encoding="utf-8")


def setup() -> Path:
    """Steps 1-3: Python version, .venv, project install. Returns the venv's Python."""
    check_python_version()
    python = ensure_venv()
    ensure_installed(python)
    return python


# --- Step 4: system libraries and fonts for Qt (Linux) ----------------------------------------


def parse_ldd_missing(ldd_output: str) -> list[str]:
    """Sonames that ldd reports as "not found", each once, in order of appearance."""
    return list(dict.fromkeys(_LDD_NOT_FOUND.findall(ldd_output)))


def debian_packages_for(sonames: Iterable[str]) -> tuple[list[str], list[str]]:
    """Map sonames to Debian packages: (packages, sonames not in the table)."""
    packages: dict[str, None] = {}
    unknown: list[str] = []
    for soname in sonames:
        package = SONAME_TO_DEBIAN_PACKAGE.get(soname)
        if package is None:
            unknown.append(soname)
        else:
            packages[package] = None
    return list(packages), unknown


def find_qt_dir(venv_dir: Path = VENV_DIR) -> Path | None:
    """site-packages/PySide6/Qt inside a Linux venv."""
    for candidate in sorted(venv_dir.glob("lib*/python3*/site-packages/PySide6/Qt")):
        if candidate.is_dir():
            return candidate
    return None


def qt_files_to_check(commands: Iterable[str]) -> list[Path]:
    qt_dir = find_qt_dir()
    if qt_dir is None:
        say("PySide6's Qt directory was not found in .venv; skipping the system library check.")
        return []
    relative = [*QT_LIBRARIES, *(PLATFORM_PLUGINS[command] for command in commands)]
    files = []
    for name in relative:
        path = qt_dir / name
        if path.exists():
            files.append(path)
        else:
            say(f"Not found, so not checked: {path}")
    return files


def missing_sonames(files: Iterable[Path]) -> list[str]:
    missing: list[str] = []
    for path in files:
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        missing.extend(parse_ldd_missing(result.stdout))
    return list(dict.fromkeys(missing))


def fonts_available() -> bool:
    """True if fontconfig lists a font (or, without fc-list, a font file is installed)."""
    if shutil.which("fc-list"):
        result = subprocess.run(["fc-list"], capture_output=True, text=True, check=False)
        return bool(result.stdout.strip())
    for font_dir in FONT_DIRS:
        for _dirpath, _dirnames, filenames in os.walk(Path(font_dir).expanduser()):
            if any(name.lower().endswith(FONT_SUFFIXES) for name in filenames):
                return True
    return False


class MissingSystemPackages(NamedTuple):
    """What Qt lacks on this machine."""

    library_packages: list[str]  # Debian packages providing missing shared libraries
    unknown_sonames: list[str]  # missing shared libraries not in SONAME_TO_DEBIAN_PACKAGE
    no_fonts: bool
    # The tests start a throwaway PostgreSQL server (tests/postgres_server.py).
    no_postgres: bool = False

    @property
    def packages(self) -> list[str]:
        return [
            *self.library_packages,
            *([FONT_PACKAGE] if self.no_fonts else []),
            *([POSTGRES_PACKAGE] if self.no_postgres else []),
        ]


def postgres_server_missing() -> bool:
    """True when PostgreSQL's initdb and pg_ctl are found neither on PATH nor in Debian's
    /usr/lib/postgresql/<version>/bin (the tests' throwaway server needs them)."""
    sys.path.insert(0, str(ROOT))
    from tests.postgres_server import find_server_programs  # standard library only

    return find_server_programs() is None


def missing_system_packages(commands: Iterable[str]) -> MissingSystemPackages:
    """Check the Qt libraries and platform plugins these commands need, and the fonts;
    for "test" also PostgreSQL's server programs.

    Only on Linux with ldd; elsewhere nothing is reported missing.
    """
    commands = list(commands)
    if not IS_LINUX or shutil.which("ldd") is None:
        return MissingSystemPackages([], [], no_fonts=False)
    sonames = missing_sonames(qt_files_to_check(commands))
    packages, unknown = debian_packages_for(sonames)
    no_postgres = "test" in commands and postgres_server_missing()
    return MissingSystemPackages(packages, unknown, not fonts_available(), no_postgres)


def check_system_libraries(command: str) -> None:
    """Exit with one clear install instruction if Qt lacks libraries or fonts for command."""
    missing = missing_system_packages([command])
    if missing.unknown_sonames:
        say(
            "Qt needs system libraries that are missing and not in this script's table "
            f"(find their packages with apt-file search): {' '.join(missing.unknown_sonames)}"
        )
    if missing.no_postgres:
        what = (
            "The tests start a throwaway PostgreSQL server, and its programs (initdb, pg_ctl) "
            "are missing. Install what is missing with:"
        )
    elif missing.library_packages and missing.no_fonts:
        what = "Qt needs system libraries and a font that are missing. Install them with:"
    elif missing.library_packages:
        what = "Qt needs system libraries that are missing. Install them with:"
    elif missing.no_fonts:
        what = "No fonts are installed, so Qt cannot draw text. Install one with:"
    else:
        what = ""
    if what:
        say(f"{what} {apt_install_hint(missing.packages)}")
    if what or missing.unknown_sonames:
        sys.exit(1)


def print_missing_packages() -> int:
    """Print the Debian packages "run" and "test" need, space-separated, on stdout."""
    setup()
    missing = missing_system_packages(PLATFORM_PLUGINS)
    if missing.unknown_sonames:
        say(f"Also missing, package unknown: {' '.join(missing.unknown_sonames)}")
    if missing.packages:
        print(" ".join(missing.packages), flush=True)
    return 0


# --- Commands ---------------------------------------------------------------------------------


def exit_code_of(returncode: int) -> int:
    """A child's exit code for sys.exit; a child killed by signal N exits with 128 + N."""
    return 128 - returncode if returncode < 0 else returncode


def command_run(app_args: Sequence[str]) -> int:
    python = setup()
    check_system_libraries("run")
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if IS_LINUX and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        fail(
            "No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the app cannot open "
            "a window. Start it from a desktop session (the tests need none: use test)."
        )
    argv = [str(python), "-m", "servicepunkt_gui", *app_args]
    say("Starting Servicepunkt: python -m servicepunkt_gui " + " ".join(app_args))
    if IS_WINDOWS:  # os.execv on Windows does not replace the process; wait for the app instead.
        return exit_code_of(subprocess.run(argv, check=False).returncode)
    sys.stdout.flush()
    os.execv(argv[0], argv)


def command_test(pytest_args: Sequence[str]) -> int:
    python = setup()
    check_system_libraries("test")
    steps = [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],
        ["pytest", *pytest_args],
    ]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for number, step in enumerate(steps, start=1):
        say(f"==> [{number}/{len(steps)}] python -m {' '.join(step)}")
        result = subprocess.run([str(python), "-m", *step], cwd=ROOT, env=env, check=False)
        if result.returncode != 0:
            say(f"FAILED: python -m {' '.join(step)} (exit code {result.returncode})")
            return exit_code_of(result.returncode)
    say("All checks passed.")
    return 0


def command_setup(extra_args: Sequence[str]) -> int:
    if extra_args:
        fail(f"setup takes no arguments, got: {' '.join(extra_args)}", 2)
    setup()
    say(f"Ready: {venv_python()}")
    return 0


COMMANDS = {
    "run": (command_run, "set up, then start the app (extra arguments go to the app)"),
    "test": (
        command_test,
        "set up, then run ruff check, ruff format --check, mypy and pytest headless "
        "(extra arguments go to pytest)",
    ),
    "setup": (command_setup, "only create .venv and install the project (no Qt checks)"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python3 scripts/bootstrap.py",
        description=(
            "Set up Servicepunkt and start the app or run the tests. Setting up means:\n"
            "  - create .venv in the project root (again, if it is broken),\n"
            "  - pip install --require-hashes -r requirements.lock into it, then the project\n"
            "    (pip install --no-deps -e .), skipped while pyproject.toml and the lock file\n"
            "    are unchanged,\n"
            "  - on Linux (run, test): check the system libraries and fonts Qt needs and\n"
            "    print the apt install command for whatever is missing."
        ),
        epilog=(
            "examples:\n"
            "  python3 scripts/bootstrap.py run\n"
            "  python3 scripts/bootstrap.py test\n"
            "  python3 scripts/bootstrap.py test -k notes -x   # options for pytest\n"
            "  python3 scripts/bootstrap.py test -- --help     # pytest's own help"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument(
        "--print-missing-packages",
        action="store_true",
        help=(
            "set up, then print the Debian packages that run and test still need "
            "(space-separated, nothing else) and exit 0"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    for name, (_function, help_text) in COMMANDS.items():
        subparsers.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    check_python_version()
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and extra[0] == "--":
        extra = extra[1:]
    if args.print_missing_packages:
        if args.command or extra:
            parser.error("--print-missing-packages takes no command or arguments")
        return print_missing_packages()
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    function, _help_text = COMMANDS[args.command]
    return function(extra)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
