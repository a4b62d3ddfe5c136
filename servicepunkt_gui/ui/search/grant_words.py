"""The word for each type of grant case, as the overview and search show it.

The four state grants are the words plans already use for their financing
(``labels.financing_label``, the same codes); the rest are their own. The same function is
in ``ui/search`` and ``ui/overview`` (features never import each other); one translation
context makes them one message for the translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.vocabulary import GrantType
from servicepunkt_gui.ui.common.labels import financing_label


def grant_type_label(grant_type: str) -> str:
    others: dict[str, str] = {
        GrantType.REGIONAL_PROJECT: QCoreApplication.translate(
            "GrantWords", "Regional project money"
        ),
        GrantType.MUNICIPAL_SUPPORT: QCoreApplication.translate("GrantWords", "Municipal support"),
        GrantType.OTHER: QCoreApplication.translate("GrantWords", "Other grant"),
    }
    return others.get(grant_type) or financing_label(grant_type)
