"""Service plans: the plan form, stages, goals and the action plan."""

from servicepunkt_gui.ui.plans.plan_panel import PlanPanel

__all__ = ["PlanPanel"]
