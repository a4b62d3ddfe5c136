"""Alembic migrations. The app runs them itself at start; see ``core.db``."""
