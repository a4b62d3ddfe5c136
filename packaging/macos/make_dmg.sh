#!/usr/bin/env bash
# Pack dist/Servicepunkt.app (made by PyInstaller from build.spec on macOS) into a disk image
# with the usual shortcut to /Applications:
#
#     .venv/bin/pyinstaller --noconfirm build.spec    # on a Mac
#     bash packaging/macos/make_dmg.sh               # -> dist/Servicepunkt-<version>-macos-<arch>.dmg
#
# macOS only (hdiutil). Not run on the project's Linux machines; .github/workflows/installers.yml
# runs it on macos-latest. The app is signed ad hoc by PyInstaller, not notarized: see
# packaging/macos/README.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
app=dist/Servicepunkt.app
if [[ ! -d $app ]]; then
    echo "make_dmg: $app is missing; build it first: pyinstaller --noconfirm build.spec" >&2
    exit 1
fi
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
dmg=dist/Servicepunkt-$version-macos-$arch.dmg

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symbolic links, extended attributes and signature intact.
ditto "$app" "$staging/Servicepunkt.app"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "Servicepunkt $version" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "built $dmg ($(du -h "$dmg" | cut -f1))"
