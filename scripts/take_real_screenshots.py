"""Screenshots of the real app in a real X server with a window manager, after some use.

Off-screen grabs of a freshly built window hide what goes wrong after a few minutes in a
real one (a splitter that moved, a window taller than the screen). This starts Xvfb and
openbox at each screen size, the app on a generated file in light and dark, uses it with
the keyboard for a while (xdotool: finds, opens, types and saves notes, switches tabs) and
then takes each view with ImageMagick's ``import``.

Needs: apt-get install xvfb openbox xdotool imagemagick libgtk-3-0 gnome-themes-extra
Run:   .venv/bin/python scripts/take_real_screenshots.py [--out docs/screenshots]
Writes real-<view>-<width>x<height>-<light|dark>.png.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
SIZES = [(1366, 768), (1920, 1080)]
THEMES = {"light": "Adwaita", "dark": "Adwaita:dark"}


def _run(*args: str, env: dict[str, str]) -> None:
    subprocess.run(args, env=env, check=True, timeout=60)


@contextmanager
def _x_server(display: str, width: int, height: int) -> Iterator[dict[str, str]]:
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{width}x{height}x24"])
    env = {**os.environ, "DISPLAY": display}
    time.sleep(1)
    openbox = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        yield env
    finally:
        openbox.terminate()
        xvfb.terminate()
        openbox.wait(10)
        xvfb.wait(10)


def _keys(env: dict[str, str], *keys: str, pause: float = 0.4) -> None:
    for key in keys:
        _run("xdotool", "key", "--clearmodifiers", key, env=env)
        time.sleep(pause)


def _type(env: dict[str, str], text: str) -> None:
    _run("xdotool", "type", "--delay", "15", text, env=env)
    time.sleep(0.3)


def _shot(env: dict[str, str], path: Path) -> None:
    _run("import", "-window", "root", str(path), env=env)
    print("wrote", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _use_and_take(env: dict[str, str], out: Path, suffix: str) -> None:
    """A few minutes' worth of use, compressed: then every view."""
    for name in ("Boden", "Arjeplog", "Örnsköldsvik", "Eda"):
        _keys(env, "ctrl+f")
        _type(env, name)
        _keys(env, "Return", pause=0.8)
        _keys(env, "ctrl+n")  # the cursor is in the title
        _type(env, f"Möte om servicepunkten i {name}")
        _keys(env, "alt+x")  # the "Te&xt:" label's mnemonic
        _type(env, "Handlaren vill bli paketombud. Vi ses igen i januari.")
        _keys(env, "ctrl+s", pause=0.8)
    _keys(env, "ctrl+f")
    _type(env, "Örnsköldsvik")
    _keys(env, "Return", pause=1.0)
    _shot(env, out / f"real-notes-{suffix}.png")
    _keys(env, "ctrl+f")
    _type(env, "Eda")
    _keys(env, "Return", pause=1.0)
    _keys(env, "alt+p", pause=1.0)  # the Service&plan tab
    _shot(env, out / f"real-plan-{suffix}.png")
    _keys(env, "ctrl+2", pause=1.0)
    _shot(env, out / f"real-overview-{suffix}.png")
    _keys(env, "ctrl+3", pause=0.5)
    _type(env, "hemsändning")
    time.sleep(1.5)
    _shot(env, out / f"real-search-{suffix}.png")
    _keys(env, "ctrl+1", "F1", pause=1.0)
    _shot(env, out / f"real-help-{suffix}.png")
    _keys(env, "Escape")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--notes", type=int, default=3000)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="servicepunkt-shots-") as scratch:
        template = Path(scratch) / "template.sqlite3"
        subprocess.run(
            [
                str(PYTHON),
                str(ROOT / "benchmarks" / "generate_data.py"),
                "--notes",
                str(args.notes),
                "--out",
                str(template),
                "--force",
            ],
            check=True,
        )
        for number, (width, height) in enumerate(SIZES):
            for theme, gtk_theme in THEMES.items():
                display = f":{40 + number * 2 + (theme == 'dark')}"
                home = Path(scratch) / f"home-{width}-{theme}"
                home.mkdir()
                database = home / "kommun.sqlite3"
                database.write_bytes(template.read_bytes())
                with _x_server(display, width, height) as env:
                    app_env = {
                        **env,
                        "SERVICEPUNKT_HOME": str(home),
                        "QT_QPA_PLATFORMTHEME": "gtk3",
                        "GTK_THEME": gtk_theme,
                    }
                    app = subprocess.Popen(
                        [str(PYTHON), "-m", "servicepunkt_gui", "--db", str(database)],
                        env=app_env,
                        cwd=ROOT,
                    )
                    try:
                        _run("xdotool", "search", "--sync", "--name", "Servicepunkt", env=env)
                        time.sleep(7)  # the background check and the day's backup
                        _use_and_take(env, args.out, f"{width}x{height}-{theme}")
                    finally:
                        app.terminate()
                        app.wait(20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
