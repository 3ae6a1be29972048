"""Entry point of the frozen (PyInstaller) app: the ``composer`` command.

``multiprocessing.freeze_support()`` must run first: the compose window sends and saves
drafts in *spawned* child processes (:mod:`composer.ui.compose.process`), and in a frozen
app a spawned child is this same executable started with special arguments. Without the
call, every child would start a second copy of the app instead of running its task.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from composer.cli import main

    sys.exit(main())
