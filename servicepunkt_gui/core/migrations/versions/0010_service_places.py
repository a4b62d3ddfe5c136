"""Service places, their agreements and payments, grant cases, and the "Att göra" marks.

Revision ID: 0010_service_places
Revises: 0009_exchange
Create Date: 2026-12-02

The register of serviceställen (``service_place``, with a dated status history), the
agreements with their operators and the payments made under them, grant cases (``stöd``),
the rules a hemsändningsbidrag is computed from (dated data, seeded with the rules in force
when this was written and editable in the app), and the done/snoozed marks of "Att göra".
Notes can concern a place (``note.place_id``). Places, agreements and grant cases are
searchable: three more indexes of the kind 0003 made, by 0003's own ``statements``.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

from servicepunkt_gui.core.db_dialects import ORG_NUMBER_SHAPE, where_for

revision = "0010_service_places"
down_revision = "0009_exchange"
branch_labels = None
depends_on = None

INDEXES = {
    "place_fts": (
        "service_place",
        ("name", "locality", "address", "operator_name", "contact_person", "other_service"),
    ),
    "agreement_fts": ("agreement", ("case_number", "extension_terms", "other_task", "comment")),
    "grant_fts": ("grant_case", ("title", "decider_case_number", "conditions")),
}

# Empty, or NNNNNN-NNNN with a right Luhn check digit (as core.place_models builds it).
ORG_NUMBER_CHECK = (
    "org_number = '' OR (length(org_number) = 11 AND substr(org_number, 7, 1) = '-' AND "
    "org_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]' AND ((CASE "
    "WHEN CAST(substr(org_number, 1, 1) AS INTEGER) >= 5 THEN 2 * CAST(substr(org_number,"
    " 1, 1) AS INTEGER) - 9 ELSE 2 * CAST(substr(org_number, 1, 1) AS INTEGER) END) + "
    "CAST(substr(org_number, 2, 1) AS INTEGER) + (CASE WHEN CAST(substr(org_number, 3, 1)"
    " AS INTEGER) >= 5 THEN 2 * CAST(substr(org_number, 3, 1) AS INTEGER) - 9 ELSE 2 * "
    "CAST(substr(org_number, 3, 1) AS INTEGER) END) + CAST(substr(org_number, 4, 1) AS "
    "INTEGER) + (CASE WHEN CAST(substr(org_number, 5, 1) AS INTEGER) >= 5 THEN 2 * "
    "CAST(substr(org_number, 5, 1) AS INTEGER) - 9 ELSE 2 * CAST(substr(org_number, 5, 1)"
    " AS INTEGER) END) + CAST(substr(org_number, 6, 1) AS INTEGER) + (CASE WHEN "
    "CAST(substr(org_number, 8, 1) AS INTEGER) >= 5 THEN 2 * CAST(substr(org_number, 8, "
    "1) AS INTEGER) - 9 ELSE 2 * CAST(substr(org_number, 8, 1) AS INTEGER) END) + "
    "CAST(substr(org_number, 9, 1) AS INTEGER) + (CASE WHEN CAST(substr(org_number, 10, "
    "1) AS INTEGER) >= 5 THEN 2 * CAST(substr(org_number, 10, 1) AS INTEGER) - 9 ELSE 2 *"
    " CAST(substr(org_number, 10, 1) AS INTEGER) END) + CAST(substr(org_number, 11, 1) AS"
    " INTEGER)) % 10 = 0)"
)

PLACE_KINDS = (
    "service_locality",
    "service_node",
    "service_point",
    "grocery_store",
    "fuel_station",
    "agent",
    "other",
)
PLACE_STATUSES = ("opened", "threatened", "closed", "reopened")
PAYMENT_INTERVALS = ("monthly", "quarterly", "half_yearly", "yearly")
GRANT_TYPES = (
    "service_grant",
    "home_delivery_grant",
    "special_operating_support",
    "investment_support",
    "regional_project",
    "municipal_support",
    "other",
)
GRANT_DECIDERS = (
    "region",
    "county_board",
    "growth_agency",
    "board_of_agriculture",
    "municipality",
)
GRANT_STATUSES = (
    "planned",
    "applied",
    "granted",
    "partly_granted",
    "rejected",
    "paid",
    "withdrawn",
)

# Förordning (2000:284) 6 §: at most half the net cost, at most 100 kr per household and
# delivery, and the net cost must reach half a prisbasbelopp. The prisbasbelopp of each
# year as the government set it. Fixed ids, so every installation has the same rows.
RULE_SOURCE = "Förordning (2000:284) om stöd till kommersiell service; prisbasbelopp för året"
RULES = (
    ("6a1f0c52-0000-4000-8000-000000002024", "2024-01-01", 57300),
    ("6a1f0c52-0000-4000-8000-000000002025", "2025-01-01", 58800),
    ("6a1f0c52-0000-4000-8000-000000002026", "2026-01-01", 59200),
)


def _on_sqlite() -> bool:
    return bool(op.get_bind().dialect.name == "sqlite")


def _org_number_check() -> str:
    """ORG_NUMBER_CHECK as written into SQLite files; PostgreSQL checks the shape by regex."""
    if _on_sqlite():
        return ORG_NUMBER_CHECK
    return ORG_NUMBER_CHECK.replace(ORG_NUMBER_SHAPE["sqlite"], ORG_NUMBER_SHAPE["postgresql"])


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


def _not_negative(*columns: str) -> str:
    return " AND ".join(f"({column} IS NULL OR {column} >= 0)" for column in columns)


def _user_record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _municipality() -> sa.Column[object]:
    return sa.Column(
        "municipality_code", sa.String(4), sa.ForeignKey("municipality.code"), nullable=False
    )


def _fts_migration() -> ModuleType:
    """Migration 0003, loaded from the file beside this one (as Alembic loads them)."""
    path = Path(__file__).with_name("0003_full_text_search.py")
    spec = importlib.util.spec_from_file_location("servicepunkt_fts_migration_0003", path)
    if spec is None or spec.loader is None:  # pragma: no cover - the file ships with the app
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def statements(index: str, table: str, columns: tuple[str, ...]) -> list[str]:
    """Migration 0003's statements for one index (``core.search_health`` checks against them)."""
    made: list[str] = _fts_migration().statements(index, table, columns)
    return made


def upgrade() -> None:
    op.create_table(
        "service_place",
        *_user_record_columns(),
        _municipality(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("locality", sa.String(200), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("operator_name", sa.String(200), nullable=False),
        sa.Column("org_number", sa.String(11), nullable=False),
        sa.Column("contact_person", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("services", sa.Text(), nullable=False),
        sa.Column("other_service", sa.String(200), nullable=False),
        sa.Column("staffed", sa.Boolean(), nullable=False),
        sa.Column("hours_per_week", sa.Float(), nullable=True),
        sa.Column("last_shop", sa.Boolean(), nullable=False),
        sa.Column("nearest_km", sa.Float(), nullable=True),
        sa.Column("nearest_source", sa.String(200), nullable=False),
        sa.Column("strategic", sa.Boolean(), nullable=False),
        sa.Column("service_level", sa.String(200), nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("source_id", sa.String(100), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_place_name"),
        sa.CheckConstraint(_in("kind", PLACE_KINDS), name="ck_place_kind"),
        sa.CheckConstraint(
            "(latitude IS NULL AND longitude IS NULL) OR "
            "(latitude BETWEEN 55.0 AND 69.2 AND longitude BETWEEN 10.5 AND 24.3)",
            name="ck_place_position_in_sweden",
        ),
        sa.CheckConstraint(_org_number_check(), name="ck_place_org_number"),
        sa.CheckConstraint(
            "hours_per_week IS NULL OR hours_per_week BETWEEN 0 AND 168",
            name="ck_place_hours_per_week",
        ),
        sa.CheckConstraint(_not_negative("nearest_km"), name="ck_place_nearest_km"),
    )
    op.create_index("ix_service_place_municipality_code", "service_place", ["municipality_code"])
    op.create_index(
        "ux_place_source_id",
        "service_place",
        ["municipality_code", "source", "source_id"],
        unique=True,
        **where_for("has_source_id", op.get_bind().dialect.name),
    )
    op.create_table(
        "place_status_change",
        *_user_record_columns(),
        sa.Column(
            "place_id",
            sa.String(36),
            sa.ForeignKey("service_place.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.CheckConstraint(_in("status", PLACE_STATUSES), name="ck_place_status"),
    )
    op.create_index("ix_place_status_change_place_id", "place_status_change", ["place_id"])
    op.create_table(
        "agreement",
        *_user_record_columns(),
        _municipality(),
        sa.Column(
            "place_id",
            sa.String(36),
            sa.ForeignKey("service_place.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("extension_terms", sa.Text(), nullable=False),
        sa.Column("tasks", sa.Text(), nullable=False),
        sa.Column("other_task", sa.String(200), nullable=False),
        sa.Column("fee_per_task_sek", sa.Integer(), nullable=True),
        sa.Column("payment_interval", sa.String(20), nullable=False),
        sa.Column("case_number", sa.String(40), nullable=False),
        sa.Column("responsible", sa.String(200), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("ends_on >= starts_on", name="ck_agreement_period"),
        sa.CheckConstraint(
            _in("payment_interval", PAYMENT_INTERVALS), name="ck_agreement_interval"
        ),
        sa.CheckConstraint(_not_negative("fee_per_task_sek"), name="ck_agreement_fee"),
    )
    op.create_index("ix_agreement_municipality_code", "agreement", ["municipality_code"])
    op.create_index("ix_agreement_place_id", "agreement", ["place_id"])
    op.create_table(
        "agreement_payment",
        *_user_record_columns(),
        sa.Column(
            "agreement_id",
            sa.String(36),
            sa.ForeignKey("agreement.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_sek", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.CheckConstraint("amount_sek >= 0", name="ck_payment_amount"),
    )
    op.create_index("ix_agreement_payment_agreement_id", "agreement_payment", ["agreement_id"])
    op.create_table(
        "grant_case",
        *_user_record_columns(),
        _municipality(),
        sa.Column(
            "place_id",
            sa.String(36),
            sa.ForeignKey("service_place.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("grant_type", sa.String(30), nullable=False),
        sa.Column("decider", sa.String(30), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.Column("last_year", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("decider_case_number", sa.String(40), nullable=False),
        sa.Column("applied_sek", sa.Integer(), nullable=True),
        sa.Column("granted_sek", sa.Integer(), nullable=True),
        sa.Column("paid_sek", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("needs_plan", sa.Boolean(), nullable=False),
        sa.Column("households", sa.Integer(), nullable=True),
        sa.Column("deliveries", sa.Integer(), nullable=True),
        sa.Column("net_cost_sek", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(_in("grant_type", GRANT_TYPES), name="ck_grant_type"),
        sa.CheckConstraint(_in("decider", GRANT_DECIDERS), name="ck_grant_decider"),
        sa.CheckConstraint(_in("status", GRANT_STATUSES), name="ck_grant_status"),
        sa.CheckConstraint(
            "first_year BETWEEN 1990 AND 2100 AND last_year BETWEEN 1990 AND 2100 "
            "AND last_year >= first_year",
            name="ck_grant_period",
        ),
        sa.CheckConstraint(
            _not_negative(
                "applied_sek",
                "granted_sek",
                "paid_sek",
                "households",
                "deliveries",
                "net_cost_sek",
            ),
            name="ck_grant_amounts",
        ),
    )
    op.create_index("ix_grant_case_municipality_code", "grant_case", ["municipality_code"])
    op.create_index("ix_grant_case_place_id", "grant_case", ["place_id"])
    rules = op.create_table(
        "home_delivery_rule",
        *_user_record_columns(),
        sa.Column("valid_from", sa.Date(), nullable=False, unique=True),
        sa.Column("max_share_percent", sa.Integer(), nullable=False),
        sa.Column("max_per_delivery_sek", sa.Integer(), nullable=False),
        sa.Column("min_share_of_base_percent", sa.Integer(), nullable=False),
        sa.Column("price_base_amount_sek", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.CheckConstraint("max_share_percent BETWEEN 0 AND 100", name="ck_rule_share"),
        sa.CheckConstraint("min_share_of_base_percent BETWEEN 0 AND 1000", name="ck_rule_minimum"),
        sa.CheckConstraint(
            _not_negative("max_per_delivery_sek", "price_base_amount_sek"),
            name="ck_rule_amounts",
        ),
    )
    op.create_table(
        "todo_mark",
        *_user_record_columns(),
        sa.Column("key", sa.String(120), nullable=False, unique=True),
        _municipality(),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
    )
    op.create_index("ix_todo_mark_municipality_code", "todo_mark", ["municipality_code"])
    # SQLite adds a column with a foreign key in place (no table copy).
    op.execute(
        "ALTER TABLE note ADD COLUMN place_id VARCHAR(36) "
        "REFERENCES service_place (id) ON DELETE SET NULL"
    )
    op.create_index("ix_note_place_id", "note", ["place_id"])
    # PostgreSQL's search indexes are made by 0011_shared_database.
    for index, (table, columns) in INDEXES.items() if _on_sqlite() else ():
        for statement in statements(index, table, columns):
            op.execute(statement)
    stamp = dt.datetime(2026, 12, 2)
    op.bulk_insert(
        rules,
        [
            {
                "id": rule_id,
                "created_at": stamp,
                "updated_at": stamp,
                "valid_from": dt.date.fromisoformat(valid_from),
                "max_share_percent": 50,
                "max_per_delivery_sek": 100,
                "min_share_of_base_percent": 50,
                "price_base_amount_sek": base,
                "source": RULE_SOURCE,
            }
            for rule_id, valid_from, base in RULES
        ],
    )


def downgrade() -> None:
    for index in INDEXES if _on_sqlite() else ():
        op.execute(f"DROP TABLE {index}")
    op.drop_index("ix_note_place_id", "note")
    op.drop_column("note", "place_id")
    for table in (
        "todo_mark",
        "home_delivery_rule",
        "grant_case",
        "agreement_payment",
        "agreement",
        "place_status_change",
        "service_place",
    ):
        op.drop_table(table)
