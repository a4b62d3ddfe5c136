"""Search everything: notes, plans and actions."""
