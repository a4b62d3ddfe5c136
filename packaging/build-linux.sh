#!/usr/bin/env bash
# Build Servicepunkt's Linux package from a clean clone, in one command:
#
#     bash packaging/build-linux.sh
#
# 1. sets up .venv (scripts/bootstrap.py setup), which installs requirements.lock with
#    --require-hashes: the app's libraries and PyInstaller, each file checked against its hash;
# 2. builds the one-folder app with PyInstaller from build.spec      -> dist/Servicepunkt/
# 3. runs that app's --self-test on a fresh database, without a display;
# 4. builds the Debian package with dpkg-deb                      -> dist/servicepunkt_<version>_<arch>.deb
#
# Needs Python 3.11+, and Debian's dpkg-dev, binutils, patchelf and xz-utils, plus the system
# libraries the app uses (the script names any that are missing). Nothing is installed on
# the system and the package is not installed. docs/INSTALL.md describes the result.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$SECONDS

step() { printf '\n[build-linux] ==> %s\n' "$*" >&2; }

step "Setting up .venv from requirements.lock (pip --require-hashes)"
python3 scripts/bootstrap.py setup
python=.venv/bin/python
# PyInstaller (the "build" extra) comes from the lock file like everything else; nothing is
# installed here without a hash.
if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
    echo "[build-linux] PyInstaller is missing from .venv: it belongs in requirements.lock" >&2
    exit 1
fi

step "Building the one-folder app (PyInstaller, build.spec)"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN build.spec

step "Self-test of dist/Servicepunkt"
bash packaging/linux/check_frozen.sh dist/Servicepunkt/servicepunkt

step "Building the Debian package"
"$python" packaging/linux/build_deb.py

printf '\n[build-linux] done in %ss\n' "$((SECONDS - started))" >&2
