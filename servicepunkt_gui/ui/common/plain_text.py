"""Text from the user's data shown where Qt would otherwise read it as HTML.

Qt takes a tooltip for rich text when ``Qt.mightBeRichText`` says so: a note that starts with
``<img src="file:///…">`` would make it read a local file, and ``<b>`` or ``&amp;`` would not
show as typed. Labels that show user text use ``Qt.TextFormat.PlainText`` instead.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as typed: escaped, its line breaks and spaces kept."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
