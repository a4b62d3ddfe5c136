"""Qt widgets, item models and dialogs. Data comes only through ``servicepunkt_gui.core``."""
