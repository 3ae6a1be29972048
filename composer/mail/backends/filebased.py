"""A backend that appends messages to a file, one new file per backend instance."""

from __future__ import annotations

import datetime
import os
from typing import Any

from composer.mail.backends.console import SEPARATOR
from composer.mail.backends.console import EmailBackend as ConsoleEmailBackend
from composer.mail.conf import ImproperlyConfigured, settings
from composer.mail.message import EmailMessage

__all__ = ["EmailBackend"]


class EmailBackend(ConsoleEmailBackend):
    """Write messages to ``<folder>/<YYYYmmdd-HHMMSS>-<id>.log`` (raw bytes, LF endings).

    Args:
        file_path: the folder; ``settings.EMAIL_FILE_PATH`` if not given. It is created
            (with its parents) when missing.

    Raises:
        ImproperlyConfigured: no folder is configured, or it is not a folder, cannot be
            created or is not writable.
    """

    def __init__(self, *args: Any, file_path: Any = None, **kwargs: Any) -> None:
        self._fname: str | None = None
        if file_path is None:
            file_path = getattr(settings, "EMAIL_FILE_PATH", None)
        if file_path is None:
            raise ImproperlyConfigured(
                "The file email backend needs a folder: set EMAIL_FILE_PATH or pass "
                "file_path=... to get_connection()."
            )
        self.file_path = os.path.abspath(file_path)
        try:
            os.makedirs(self.file_path, exist_ok=True)
        except FileExistsError:
            raise ImproperlyConfigured(
                f"Path for saving email messages exists, but is not a directory: {self.file_path}"
            ) from None
        except OSError as err:
            raise ImproperlyConfigured(
                f"Could not create directory for saving email messages: {self.file_path} ({err})"
            ) from err
        if not os.access(self.file_path, os.W_OK):
            raise ImproperlyConfigured(f"Could not write to directory: {self.file_path}")
        kwargs["stream"] = None
        super().__init__(*args, **kwargs)

    def write_message(self, message: EmailMessage) -> None:
        assert self.stream is not None
        self.stream.write(message.message().as_bytes() + b"\n")
        self.stream.write(SEPARATOR.encode("ascii"))
        self.stream.write(b"\n")

    def _get_filename(self) -> str:
        """The log file's path, fixed at the first open() of this instance."""
        if self._fname is None:
            timestamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            self._fname = os.path.join(self.file_path, f"{timestamp}-{abs(id(self))}.log")
        return self._fname

    def open(self) -> bool:
        if self.stream is None:
            self.stream = open(self._get_filename(), "ab")  # noqa: SIM115 - kept open on purpose
            return True
        return False

    def close(self) -> None:
        try:
            if self.stream is not None:
                self.stream.close()
        finally:
            self.stream = None
