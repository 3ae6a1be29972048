"""The application's identity: one reverse-DNS id used everywhere.

The same id names the desktop file, the AppStream metainfo, the icon, the keyring service
and ``QApplication.desktopFileName``.
"""

from typing import Final

APP_ID: Final = "io.github.composermail.Composer"
APP_NAME: Final = "Composer"
ORG_NAME: Final = "Composer"
__version__: Final = "0.1.0"
