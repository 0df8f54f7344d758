"""PyInstaller run-time hook: programs the app starts get the user's library path, not the bundle's.

The Linux bootloader restarts the app with LD_LIBRARY_PATH pointing at the bundle's `_internal/`, and every child
inherits it: a browser or file manager opened through xdg-open would then load the bundle's copies of libstdc++,
GLib or OpenSSL instead of its own, and may crash. The running app no longer needs the variable (the loader read
it at start), so it is put back as the user had it (PyInstaller's "Solving LD_LIBRARY_PATH issues").
The devnet's nodes are this same bundle: PYINSTALLER_RESET_ENVIRONMENT makes each start as a program of its own,
setting up its library path again, rather than as a child that would expect to inherit it.
"""

import os
import sys

if sys.platform.startswith("linux"):
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
    os.environ["PYINSTALLER_RESET_ENVIRONMENT"] = "1"
