"""The profile switcher says how an OAuth profile signs in (in its tooltips)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from composer.profiles.model import AuthMethod, Profile, ProfileBook, SmtpSettings
from composer.ui.widgets.profile_switcher import ProfileSwitcher

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def test_the_switcher_tells_an_oauth_profiles_sign_in(qtbot: QtBot) -> None:
    office = Profile(
        "Office",
        smtp=SmtpSettings(host="smtp.office365.com", username="kim@contoso.example"),
        auth=AuthMethod.OAUTH2,
    )
    switcher = ProfileSwitcher(ProfileBook([office]))
    qtbot.addWidget(switcher)
    combo = switcher.combo()
    assert "Sign-in needed" in combo.itemData(0, Qt.ItemDataRole.ToolTipRole)
    assert "Sign-in needed" in combo.toolTip()
    office.oauth.account = "kim@contoso.example"
    switcher.set_profiles(ProfileBook([office]))
    assert combo.toolTip().endswith("Signs in with Microsoft as kim@contoso.example.")
