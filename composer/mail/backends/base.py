"""The base class every email backend derives from."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import Self

    from composer.mail.message import EmailMessage

__all__ = ["BaseEmailBackend"]


class BaseEmailBackend:
    """A backend delivers :class:`~composer.mail.EmailMessage` objects somewhere.

    Subclasses implement :meth:`send_messages`, and :meth:`open`/:meth:`close` when they
    hold a resource (a connection, a file). A backend is a context manager: ``with``
    opens it and closes it afterwards; a backend closes only what it opened itself.

    Args:
        fail_silently: swallow delivery errors instead of raising them.
        **kwargs: ignored, so that any backend accepts any keyword argument.
    """

    def __init__(self, fail_silently: bool = False, **kwargs: Any) -> None:
        self.fail_silently = fail_silently

    def open(self) -> bool | None:
        """Open a long-lived resource; the base backend has none."""
        return None

    def close(self) -> None:
        """Close what :meth:`open` opened; the base backend has nothing to close."""
        return None

    def __enter__(self) -> Self:
        try:
            self.open()
        except Exception:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def send_messages(self, email_messages: Iterable[EmailMessage]) -> int | None:
        """Send the messages; return how many were sent."""
        raise NotImplementedError(
            "subclasses of BaseEmailBackend must override send_messages() method"
        )

    def send_message(
        self,
        email_message: EmailMessage,
        *,
        before_data: Callable[[], object] | None = None,
        next_message: EmailMessage | None = None,
    ) -> bool:
        """Send one message; True if it was sent (beyond Django).

        Args:
            before_data: called right before the message is handed over, to record that
                it is about to go.
            next_message: the message the caller sends next; a backend may prepare it
                early (the SMTP backend announces it to the server). Ignored here.
        """
        if before_data is not None:
            before_data()
        return bool(self.send_messages([email_message]))
