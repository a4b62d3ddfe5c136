"""The log never holds the values of a row the database refused (PostgreSQL's DETAIL)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.logging_setup import RedactingFormatter

SECRET = "Hemlig anteckning om Berit"


def test_a_refused_row_s_values_stay_out_of_the_log(
    new_postgres_database: Callable[..., Database], caplog: pytest.LogCaptureFixture
) -> None:
    database = new_postgres_database()
    with pytest.raises(IntegrityError) as refused, database.session() as session:
        session.execute(
            text(
                "INSERT INTO note (id, created_at, updated_at, municipality_code, title, body, "
                "category, concerns_date, author) VALUES ('n1', now(), now(), '2284', :title, "
                "' ', 'other', current_date, '')"
            ),
            {"title": SECRET},
        )
    assert SECRET in str(refused.value)  # PostgreSQL does put the row in its message
    logger = logging.getLogger("servicepunkt.test")
    with caplog.at_level(logging.ERROR, logger="servicepunkt.test"):
        logger.error("write failed unexpectedly", exc_info=refused.value)
    formatted = RedactingFormatter("%(message)s").format(caplog.records[-1])
    assert "check constraint" in formatted  # what went wrong is still there
    assert SECRET not in formatted
