"""Composer's Qt user interface: every PySide6 import lives below this package.

Widgets turn user actions into calls on the Qt-free app logic (:mod:`composer.profiles.model`,
:mod:`composer.profiles.store`, :mod:`composer.profiles.credentials`,
:mod:`composer.profiles.conntest`, ...);
blocking work runs through :mod:`composer.ui.tasks`, never on the GUI thread.
"""
