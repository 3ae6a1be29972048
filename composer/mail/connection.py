"""``get_connection``: the backend named by a dotted path, or by ``settings.EMAIL_BACKEND``.

Its own module so that :meth:`composer.mail.message.EmailMessage.send` can reach it without
importing the package that imports the message module (Django reaches back into
``django.core.mail`` from inside a method instead).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from composer.mail.conf import settings

if TYPE_CHECKING:
    from composer.mail.backends.base import BaseEmailBackend

__all__ = ["get_connection"]


def _import_backend(dotted_path: str) -> type[BaseEmailBackend]:
    try:
        module_path, class_name = dotted_path.rsplit(".", 1)
    except ValueError as err:
        raise ImportError(f"{dotted_path} doesn't look like a module path") from err
    module = import_module(module_path)
    try:
        backend: type[BaseEmailBackend] = getattr(module, class_name)
    except AttributeError as err:
        raise ImportError(
            f'Module "{module_path}" does not define a "{class_name}" attribute/class'
        ) from err
    return backend


def get_connection(
    backend: str | None = None, fail_silently: bool = False, **kwds: Any
) -> BaseEmailBackend:
    """Create an instance of the backend at the dotted path *backend*.

    Without *backend*, ``settings.EMAIL_BACKEND`` names it. *fail_silently* and every
    other keyword go to the backend's constructor.

    Raises:
        ImportError: the module or class does not exist.
    """
    cls = _import_backend(backend or settings.EMAIL_BACKEND)
    return cls(fail_silently=fail_silently, **kwds)
