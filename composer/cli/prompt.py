"""Asking for a password on the terminal, where Ctrl+D and Ctrl+C are answers, not crashes."""

from __future__ import annotations

import getpass
import sys

from composer.errors import Cancelled
from composer.i18n import translate

__all__ = ["PromptCancelled", "ask_password"]


class PromptCancelled(Cancelled):
    """The user ended the prompt without a password.

    Attributes:
        interrupted: Ctrl+C (exit 130, as the shell expects); otherwise end of input (Ctrl+D).
    """

    def __init__(self, interrupted: bool) -> None:
        if interrupted:
            what = translate("CliPrompt", "Cancelled at the password prompt; nothing was done.")
        else:
            what = translate("CliPrompt", "No password was typed; nothing was done.")
        super().__init__(what)
        self.interrupted = interrupted


def ask_password(prompt: str) -> str:
    """The password typed at *prompt* (not echoed).

    Raises:
        PromptCancelled: Ctrl+C, or Ctrl+D / end of input before a line was typed.
    """
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt) as exc:
        print(file=sys.stderr)  # the prompt's line was left open
        raise PromptCancelled(isinstance(exc, KeyboardInterrupt)) from None
