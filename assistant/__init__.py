"""The local personal assistant: models over public chain data and the user's own data; no Qt, no network."""
