"""Fixtures for the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from composer.ui import translations


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: QApplication) -> Iterator[None]:
    """The GUI tests read English text, as the app shows it with its English catalogue
    (which holds the plural forms: "1 attachment", "2 attachments")."""
    translations.install("en")
    yield
    translations.uninstall()
