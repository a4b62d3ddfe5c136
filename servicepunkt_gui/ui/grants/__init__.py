"""A municipality's grant cases (stöd): applications, decisions, payments, the
hemsändningsbidrag computed from the stored rules, and warnings where the plan is due."""

from servicepunkt_gui.ui.grants.grants_panel import GrantsPanel

__all__ = ["GrantsPanel"]
