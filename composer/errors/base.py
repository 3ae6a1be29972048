"""The app's own errors and the one shape of a message to the user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any

from composer.i18n import translate

__all__ = ["Cancelled", "ComposerError", "UserMessage", "boundary"]


@dataclass(frozen=True)
class UserMessage:
    """A failure in words: what happened, what to do, and the technical details.

    ``what`` and ``todo`` are one sentence each, in the interface language; ``details``
    (a server's reply, an exception, a traceback) stay behind "Copy details", in the log,
    and on a terminal only with ``--verbose``.
    """

    what: str
    todo: str = ""
    details: str = ""

    @property
    def text(self) -> str:
        """What happened and what to do, as one paragraph."""
        return f"{self.what} {self.todo}".strip()

    def with_todo(self, todo: str) -> UserMessage:
        """The same message with other advice (a caller that knows better what to do)."""
        return replace(self, todo=todo)

    def with_details(self, details: str) -> UserMessage:
        return replace(self, details=details)


class ComposerError(Exception):
    """An error of Composer's own, carrying its :class:`UserMessage`.

    ``str(exc)`` is the message's text, so code that only logs or prints an exception says
    the same as code that shows :attr:`message`.

    Args:
        what: what happened, one sentence.
        todo: what to do, one sentence ("" when a caller knows better).
        details: technical details.
    """

    def __init__(self, what: str = "", todo: str = "", details: str = "") -> None:
        self.message = UserMessage(what or self._default_what(), todo, details)
        super().__init__(self.message.text)

    def _default_what(self) -> str:
        return type(self).__name__

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take other constructor arguments (a path, a profile name): rebuild
        # from the state, so that a failure can cross a process boundary unchanged.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[ComposerError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    exc = cls.__new__(cls)
    Exception.__init__(exc, *args)
    exc.__dict__.update(state)
    return exc


class Cancelled(ComposerError):
    """The user stopped the work (a send, a connection test, a prompt) before it was done."""

    def _default_what(self) -> str:
        return translate("Errors", "Cancelled.")


class boundary:
    """Where a library's exceptions become Composer's own (``raise ... from exc``)::

        with boundary(lambda exc: credential_error(exc, "read")):
            backend.get_password(service, account)

    Args:
        convert: the :class:`ComposerError` that stands for an exception.
        catch: which exceptions to convert (a :class:`ComposerError` passes unchanged).
    """

    def __init__(
        self,
        convert: Callable[[Exception], ComposerError],
        catch: type[Exception] | tuple[type[Exception], ...] = Exception,
    ) -> None:
        self._convert = convert
        self._catch = catch

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if isinstance(exc, self._catch) and not isinstance(exc, ComposerError):
            raise self._convert(exc) from exc
