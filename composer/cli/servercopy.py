"""The copies for the server's Sent folder, from the command line: made after the result
is printed (the send never waits for them), reported in one line, queued when they fail."""

from __future__ import annotations

import sys

from composer.profiles.model import Profile
from composer.sending.account import SignIn
from composer.sending.servercopy import CopyReport, make_copies

__all__ = ["report_server_copies"]


def report_server_copies(profile: Profile, sign_in: SignIn) -> CopyReport | None:
    """Make every copy waiting for *profile*'s account and say how it went.

    Success goes to stdout; a failure (the copies stay queued) to stderr, as a warning: the
    message itself was sent, so the exit status does not change.
    """
    if profile.imap.enabled and not profile.imap.sent_copy:
        return None
    report = make_copies(profile, sign_in)
    if report is None:
        return None
    words = report.message
    stream = sys.stdout if report.ok else sys.stderr
    print(words.what, file=stream)
    if words.todo:
        print(words.todo, file=stream)
    return report
