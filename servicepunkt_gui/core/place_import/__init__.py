"""Importing places: a Pipos "Servicetabell", or any table with its columns mapped.

read_table (file → header and rows, or refused) → parse_servicetabell / parse_table
(rows → place values, problems per row) → preview_import (compared with the register,
nothing written) → apply_import (in the caller's unit of work).
"""

from servicepunkt_gui.core.place_import.apply import ImportResult, apply_import
from servicepunkt_gui.core.place_import.generic import (
    GENERIC_SOURCE,
    ColumnMapping,
    ImportRow,
    ParsedImport,
    PlaceField,
    guess_mapping,
    mapping_problems,
    parse_table,
)
from servicepunkt_gui.core.place_import.preview import (
    ChangedPlace,
    FieldChange,
    ImportPreview,
    NewPlace,
    SkippedRow,
    SkipReason,
    UnlistedPlace,
    preview_import,
)
from servicepunkt_gui.core.place_import.servicetabell import (
    PIPOS_SOURCE,
    parse_servicetabell,
    servicetabell_mapping,
    sweref_to_wgs84,
)
from servicepunkt_gui.core.place_import.table_file import (
    ImportFileError,
    ImportProblem,
    ImportProblemCode,
    Table,
    TableRow,
    read_table,
)

__all__ = [
    "GENERIC_SOURCE",
    "PIPOS_SOURCE",
    "ChangedPlace",
    "ColumnMapping",
    "FieldChange",
    "ImportFileError",
    "ImportPreview",
    "ImportProblem",
    "ImportProblemCode",
    "ImportResult",
    "ImportRow",
    "NewPlace",
    "ParsedImport",
    "PlaceField",
    "SkipReason",
    "SkippedRow",
    "Table",
    "TableRow",
    "UnlistedPlace",
    "apply_import",
    "guess_mapping",
    "mapping_problems",
    "parse_servicetabell",
    "parse_table",
    "preview_import",
    "read_table",
    "servicetabell_mapping",
    "sweref_to_wgs84",
]
