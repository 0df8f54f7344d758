"""Etalonium Desktop: the Qt application, the encrypted profile store and the services gluing core to UI."""

__version__ = "0.1.0"
