"""Shared by every feature: dialogs, background jobs, delegates, labels, date field."""
