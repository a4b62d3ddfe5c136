"""Keeping work safe: backups, restore, drafts after a crash, the trash."""
