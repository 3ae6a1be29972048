"""What Preferences tells the user about the profiles file, its profiles and saving them.

Each function returns the :class:`~composer.ui.errors.UserMessage` for one situation; the
dialog decides where it shows (its message bar) and which buttons go with it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from composer.profiles.model import Problem, Profile
from composer.profiles.store import LoadResult
from composer.ui.errors import UserMessage

__all__ = [
    "file_changed",
    "kept_aside",
    "language_not_saved",
    "profile_needs_fixing",
    "profiles_not_saved",
    "unreadable_file",
]


def unreadable_file(result: LoadResult, path: Path) -> UserMessage | None:
    """Why the profiles shown are not the file's (None when the file was read)."""
    error = result.error
    if error is None:
        return None
    where = (
        QCoreApplication.translate("PreferencesDialog", "line {line}").format(line=error.line)
        if error.line
        else QCoreApplication.translate("PreferencesDialog", "the file")
    )
    if result.source is not None and result.source != path:
        todo = QCoreApplication.translate(
            "PreferencesDialog",
            "Showing the last good copy. The file is left as it is; saving keeps a copy of it.",
        )
    else:
        todo = QCoreApplication.translate(
            "PreferencesDialog",
            "Showing the built-in defaults. The file is left as it is; saving keeps a copy of it.",
        )
    return UserMessage(
        QCoreApplication.translate(
            "PreferencesDialog", "Your profiles file could not be read ({where}: {problem})"
        ).format(where=where, problem=error.problem),
        todo,
        str(error),
    )


def profile_needs_fixing(profile: Profile, problems: list[Problem], path: Path) -> UserMessage:
    """*profile* cannot be saved as it is."""
    # Developer settings are not on screen: name them, and where to fix them.
    hidden = [p for p in problems if p.field.startswith("library.")]
    if hidden:
        todo = QCoreApplication.translate(
            "PreferencesDialog", "Fix them in {file}: {problems}"
        ).format(file=path, problems="; ".join(f"{p.field}: {p.message}" for p in hidden))
    else:
        todo = QCoreApplication.translate("PreferencesDialog", "They are marked in red.")
    return UserMessage(
        QCoreApplication.translate(
            "PreferencesDialog", "The profile “{name}” has settings that need fixing."
        ).format(name=profile.name),
        todo,
    )


def file_changed() -> UserMessage:
    return UserMessage(
        QCoreApplication.translate(
            "PreferencesDialog",
            "The profiles file was changed by another program since Preferences opened.",
        ),
        QCoreApplication.translate(
            "PreferencesDialog",
            "Reload it to see those changes (your edits here are dropped), or replace it with "
            "your edits (a copy of the other version is kept).",
        ),
    )


def _not_saved(what: str, exc: OSError) -> UserMessage:
    return UserMessage(
        what.format(reason=exc.strerror or exc),
        QCoreApplication.translate(
            "PreferencesDialog",
            "Check that the config folder is writable and the disk is not full.",
        ),
        f"{type(exc).__name__}: {exc}",
    )


def profiles_not_saved(exc: OSError) -> UserMessage:
    return _not_saved(
        QCoreApplication.translate(
            "PreferencesDialog", "The profiles could not be saved: {reason}."
        ),
        exc,
    )


def language_not_saved(exc: OSError) -> UserMessage:
    return _not_saved(
        QCoreApplication.translate(
            "PreferencesDialog", "The language could not be saved: {reason}."
        ),
        exc,
    )


def kept_aside(path: Path) -> UserMessage:
    return UserMessage(
        QCoreApplication.translate(
            "PreferencesDialog", "Saved. The earlier profiles file was kept as {name}."
        ).format(name=path.name),
        QCoreApplication.translate("PreferencesDialog", "Copy anything you still need from it."),
    )
