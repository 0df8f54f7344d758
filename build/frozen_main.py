"""The bundle's entry point: the desktop app, or a full node when the embedded devnet starts one.

A frozen app has no interpreter to run `python -m fullnode.cli`: `sys.executable` is this program. So the devnet
launcher (`fullnode.devnet.node_command`) runs `<app> -m fullnode.cli start --config ...`, and this script hands
such arguments to the node instead of the app, before anything Qt is imported. `-m fullnode.devnet` works the
same way, so a bundle can also run a devnet or a node from a terminal.
"""

import multiprocessing
import sys

# The modules a bundle can run with `-m`, as `python -m` would from a checkout.
_RUNNABLE = ("fullnode.cli", "fullnode.devnet", "fullnode.community")


def main() -> int:
    multiprocessing.freeze_support()
    argv = sys.argv[1:]
    if len(argv) >= 2 and argv[0] == "-m" and argv[1] in _RUNNABLE:
        if argv[1] == "fullnode.cli":
            from fullnode.cli import main as run_module
        elif argv[1] == "fullnode.community":  # the devnet's simulated community runs as its own process
            from fullnode.community.__main__ import main as run_module
        else:
            from fullnode.devnet import main as run_module
        return int(run_module(argv[2:]) or 0)
    from etalonium_desktop.__main__ import main as run_app

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
