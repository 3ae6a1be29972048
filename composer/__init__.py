"""Composer: a desktop mail composer with an embedded, Django-compatible mail library.

Importing this package loads nothing heavy: the GUI lives in :mod:`composer.ui` and is
imported only when the app starts; the mail library is :mod:`composer.mail`.
"""

from composer.appinfo import APP_ID, APP_NAME, __version__

__all__ = ["APP_ID", "APP_NAME", "__version__"]
