"""scikit-learn and SciPy, which the models and the statistics use.

The modules import them inside the functions that use them: together they take 1–2 s to import (more on a
busy machine), which the app must not pay at start nor on its GUI thread. An app calls
`load_analysis_libraries` on a worker thread before the assistant's first analysis, and shows that it is
loading meanwhile; unpickling stored models imports them too, and is done on a worker thread as well.
"""

from __future__ import annotations

import importlib
import sys

#: Every module the assistant imports where it is used (engagement, market, trends, blobs and training).
ANALYSIS_MODULES = (
    "threadpoolctl",
    "scipy.sparse",
    "scipy.stats",
    "sklearn.cluster",
    "sklearn.ensemble",
    "sklearn.linear_model",
)


def analysis_libraries_loaded() -> bool:
    return all(name in sys.modules for name in ANALYSIS_MODULES)


def load_analysis_libraries() -> None:
    """Import them all (blocking: call it off the GUI thread); quick once they are loaded."""
    for name in ANALYSIS_MODULES:
        importlib.import_module(name)
