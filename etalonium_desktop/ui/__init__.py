"""Qt widgets, windows and dialogs of the desktop app."""
