"""Services gluing the Qt-free core (light client, profile store, devnet) to the widgets."""
