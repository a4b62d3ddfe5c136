"""The window around everything: main window, start-up, preferences, crash dialog."""
