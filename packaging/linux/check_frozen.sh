#!/usr/bin/env bash
# Check a frozen Servicepunkt executable the way CI does: no display, a fresh database
# file and a private home folder; the self-test must pass, the database must be migrated,
# the log must be free of warnings (a missing translation is one) and --version must
# match pyproject.toml. Then portable mode, on a copy of the app folder: with the marker
# file beside the executable, the logs must land in ServicepunktData beside it and nothing
# in the user's home.
#
#     bash packaging/linux/check_frozen.sh dist/Servicepunkt/servicepunkt
#     bash packaging/linux/check_frozen.sh /tmp/unpacked/opt/servicepunkt/servicepunkt
set -euo pipefail

if [[ $# -ne 1 || ! -x $1 ]]; then
    echo "usage: $0 PATH/TO/servicepunkt (an executable)" >&2
    exit 2
fi
executable=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/servicepunkt-check-XXXXXX")
trap 'rm -rf "$scratch"' EXIT

fail() {
    echo "check_frozen: FAILED: $*" >&2
    if [[ -f $scratch/home/logs/servicepunkt.log ]]; then
        echo "--- log ---" >&2
        cat "$scratch/home/logs/servicepunkt.log" >&2
    fi
    exit 1
}

run() {
    # No display of any kind: the self-test must draw off screen by itself.
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
        SERVICEPUNKT_HOME="$scratch/home" "$executable" "$@"
}

database=$scratch/fresh.sqlite3
output=$(run --self-test --db "$database") || fail "--self-test exited with $? and printed: $output"
echo "$output"
[[ $output == "Självtestet lyckades: 290 kommuner, 21 län, databas $database" ]] ||
    fail "unexpected self-test output: $output"

revision=$(python3 -c '
import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT version_num FROM alembic_version").fetchone()[0])
' "$database") || fail "the new database has no schema version"
echo "database migrated to $revision"

english=$(run --self-test --lang en) || fail "--self-test --lang en exited with $?"
[[ $english == "Self-test passed: 290 municipalities, 21 counties"* ]] ||
    fail "unexpected English self-test output: $english"

if grep -E " (WARNING|ERROR|CRITICAL) " "$scratch/home/logs/servicepunkt.log" >&2; then
    fail "the log has warnings or errors"
fi

expected=$(python3 -c '
import tomllib
with open("'"$root"'/pyproject.toml", "rb") as file:
    print(tomllib.load(file)["project"]["version"])
')
version=$(run --version)
[[ $version == "Servicepunkt $expected" ]] || fail "--version printed '$version', expected 'Servicepunkt $expected'"
# Portable mode (servicepunkt_gui/core/paths.py), on a hard-linked copy of the app folder.
copy=$scratch/portable/$(basename "$(dirname "$executable")")
mkdir -p "$(dirname "$copy")"
cp -al "$(dirname "$executable")" "$copy" 2>/dev/null || cp -a "$(dirname "$executable")" "$copy"
echo "created for the check" >"$copy/servicepunkt-portable.txt"
portable_home=$scratch/portable-user
mkdir -p "$portable_home"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u SERVICEPUNKT_HOME \
    -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_STATE_HOME HOME="$portable_home" \
    "$copy/$(basename "$executable")" --self-test >/dev/null ||
    fail "--self-test in portable mode exited with $?"
[[ -s $copy/ServicepunktData/logs/servicepunkt.log ]] ||
    fail "portable mode: no log in $copy/ServicepunktData/logs"
if [[ -n $(find "$portable_home" -mindepth 1 -print -quit) ]]; then
    fail "portable mode wrote into the user's home: $(find "$portable_home" -mindepth 1 | head -5)"
fi
echo "portable mode: files in $copy/ServicepunktData, none in the home folder"

echo "check_frozen: OK ($executable, $version)"
