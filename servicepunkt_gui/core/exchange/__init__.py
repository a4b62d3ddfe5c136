"""Exchange files ("utbytesfiler") between installations that work offline.

Write one with ``write_exchange_file``; read it (every check that needs no database) with
``read_exchange_file``; see what it would do with ``preview_import`` and merge it with
``apply_import``. The format is in ``fileformat``, the merge rules in ``merge``.
"""

from servicepunkt_gui.core.exchange.apply import Resolution
from servicepunkt_gui.core.exchange.errors import ExchangeFileError, ExchangeProblem
from servicepunkt_gui.core.exchange.fields import Kind
from servicepunkt_gui.core.exchange.fileformat import (
    FORMAT_VERSION,
    SUFFIX,
    ExchangeFile,
    ExchangeSummary,
)
from servicepunkt_gui.core.exchange.imports import (
    Conflict,
    ImportPreview,
    ImportResult,
    MunicipalityCounts,
    apply_import,
    preview_import,
)
from servicepunkt_gui.core.exchange.reader import DEFAULT_LIMITS, ReadLimits, read_exchange_file
from servicepunkt_gui.core.exchange.writer import write_exchange_file

__all__ = [
    "DEFAULT_LIMITS",
    "FORMAT_VERSION",
    "SUFFIX",
    "Conflict",
    "ExchangeFile",
    "ExchangeFileError",
    "ExchangeProblem",
    "ExchangeSummary",
    "ImportPreview",
    "ImportResult",
    "Kind",
    "MunicipalityCounts",
    "ReadLimits",
    "Resolution",
    "apply_import",
    "preview_import",
    "read_exchange_file",
    "write_exchange_file",
]
