"""Sharing work: reports (PDF, Word, print), Excel and CSV, exchange files with colleagues.

Public: ``ShareActions`` (the File menu's export, print, exchange and import for one window).
"""

from servicepunkt_gui.ui.share.share_actions import ShareActions

__all__ = ["ShareActions"]
