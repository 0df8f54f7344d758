"""Keeping the garbage collector from freezing the window.

A full collection walks every object the interpreter tracks while holding the GIL. Once the app's modules
are loaded that is some 170,000 objects (Qt wrappers, modules, the protocol's tables), and one full collection
took 20–110 ms, stopping the GUI thread and every worker thread at random moments, most often while syncing
(seen with gc.callbacks in benchmarks/app.py's stall run). Objects alive once a profile is open live as long
as the app, so they are moved out of the collector's sight; everything made afterwards is collected as usual.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Exempt every object alive now from future collections (call once the main window is built).

    Cyclic garbage that exists at this moment is kept too; it is what start-up left behind, made once.
    """
    gc.freeze()
