"""Service plans: the plan form, stages, goals and the action plan."""
