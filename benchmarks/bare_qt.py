#!/usr/bin/env python3
"""The yardstick for start-up: a bare PySide6 QMainWindow, drawn off screen, one line out.

run_benchmarks.py times this process from launch to its line, exactly as it times
``python -m servicepunkt_gui --self-test``, and reports the app's start-up as a ratio.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(1280, 760)
    picture = window.grab()
    print(f"bare window drawn: {picture.width()}x{picture.height()}", flush=True)
    window.deleteLater()
    del app
    return 0 if not picture.isNull() else 1


if __name__ == "__main__":
    sys.exit(main())
