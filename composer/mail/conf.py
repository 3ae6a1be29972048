"""Settings for :mod:`composer.mail`: the ``EMAIL_*`` names with Django's defaults.

Everything in the library reads :data:`settings` when a call happens, never at import time,
so an application can change a value (or wrap code in :class:`override_settings`) and the
next call sees it::

    from composer.mail.conf import settings, override_settings

    settings.EMAIL_HOST = "smtp.example.com"
    with override_settings(EMAIL_BACKEND="composer.mail.backends.locmem.EmailBackend"):
        ...
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

__all__ = ["DEFAULTS", "ImproperlyConfigured", "Settings", "override_settings", "settings"]

_F = TypeVar("_F", bound=Callable[..., Any])


class ImproperlyConfigured(Exception):
    """The library was set up in a way that cannot work (e.g. no folder for the file backend)."""


#: Every setting the library reads, with its default (Django 5.2's, plus the two
#: settings ``composer.mail`` adds: ``EMAIL_SSL_CAFILE`` and ``EMAIL_ALLOW_PLAINTEXT_AUTH``).
DEFAULTS: dict[str, Any] = {
    "EMAIL_BACKEND": "composer.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "localhost",
    "EMAIL_PORT": 25,
    "EMAIL_HOST_USER": "",
    "EMAIL_HOST_PASSWORD": "",
    "EMAIL_USE_TLS": False,
    "EMAIL_USE_SSL": False,
    "EMAIL_SSL_CERTFILE": None,
    "EMAIL_SSL_KEYFILE": None,
    "EMAIL_SSL_CAFILE": None,
    "EMAIL_ALLOW_PLAINTEXT_AUTH": False,
    "EMAIL_TIMEOUT": None,
    "EMAIL_USE_LOCALTIME": False,
    "EMAIL_SUBJECT_PREFIX": "[Django] ",
    "EMAIL_FILE_PATH": None,
    "DEFAULT_CHARSET": "utf-8",
    "DEFAULT_FROM_EMAIL": "webmaster@localhost",
    "SERVER_EMAIL": "root@localhost",
    "ADMINS": [],
    "MANAGERS": [],
}

_MISSING = object()


class Settings:
    """The library's settings: UPPERCASE attributes, read at call time.

    Other names may be set too (a custom backend may read its own); reading a name that
    was never set raises ``AttributeError`` as for any object.
    """

    def __init__(self) -> None:
        self.__dict__["_lock"] = threading.RLock()
        for name, value in DEFAULTS.items():
            # Lists are copied so that changing one Settings never changes DEFAULTS.
            self.__dict__[name] = list(value) if isinstance(value, list) else value

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            raise AttributeError(f"Setting names cannot start with an underscore: {name!r}.")
        self.__dict__[name] = value

    def __getattr__(self, name: str) -> Any:
        # Only called for names that are not set at all.
        raise AttributeError(f"The setting {name!r} is not defined.")

    def __repr__(self) -> str:
        return "<composer.mail.conf.Settings>"

    def configure(self, **values: Any) -> None:
        """Set several settings at once (e.g. from an application's preferences)."""
        for name, value in values.items():
            setattr(self, name, value)

    def reset(self) -> None:
        """Put every setting back to its default and forget unknown ones."""
        with self._lock:
            for name in [n for n in self.__dict__ if not n.startswith("_")]:
                del self.__dict__[name]
            for name, value in DEFAULTS.items():
                self.__dict__[name] = list(value) if isinstance(value, list) else value

    def _swap(self, values: dict[str, Any]) -> dict[str, Any]:
        """Set *values*; return what they replaced (``_MISSING`` for names not set)."""
        with self._lock:
            previous = {name: self.__dict__.get(name, _MISSING) for name in values}
            for name, value in values.items():
                setattr(self, name, value)
            return previous

    def _restore(self, previous: dict[str, Any]) -> None:
        with self._lock:
            for name, value in previous.items():
                if value is _MISSING:
                    self.__dict__.pop(name, None)
                else:
                    self.__dict__[name] = value


settings = Settings()


class override_settings:
    """Temporarily change settings, as a context manager or a function decorator.

    As a context manager it may be nested; on exit the previous values come back, also
    when the block raised. As a decorator of a plain function it applies for the duration
    of each call.
    """

    def __init__(self, **values: Any) -> None:
        self.values = values
        self._saved: list[dict[str, Any]] = []

    def __enter__(self) -> override_settings:
        self._saved.append(settings._swap(self.values))
        return self

    def __exit__(self, *exc_info: object) -> None:
        settings._restore(self._saved.pop())

    def __call__(self, func: _F) -> _F:
        if isinstance(func, type):
            raise TypeError("override_settings decorates functions, not classes.")

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with self._applied():
                return func(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    @contextmanager
    def _applied(self) -> Iterator[None]:
        previous = settings._swap(self.values)
        try:
            yield
        finally:
            settings._restore(previous)
