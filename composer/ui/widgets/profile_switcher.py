"""The one-click profile toggle, and how a profile that does not deliver mail looks.

:class:`ProfileSwitcher` is a combo box of the sending profiles for a toolbar or the compose
window. A profile that only previews mail (terminal, files, preview mailbox, discard) is always
marked: an eye icon, "(preview: not sent)" after its name, an amber colour, and, while it is
the active one, a badge beside the combo that says mail will not be sent. While no profile
delivers mail at all (a first start), a link beside it adds a real account.

The marking helpers (:func:`profile_icon`, :func:`profile_label`, :data:`PREVIEW_COLOR`)
are shared with Preferences so the mark looks the same everywhere.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QPointF,
    QRectF,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from composer.profiles.model import Profile, ProfileBook
from composer.profiles.oauth.state import sign_in_hint

__all__ = [
    "DELIVER_COLOR",
    "PREVIEW_BADGE_TEXT",
    "PREVIEW_COLOR",
    "ProfileSource",
    "ProfileSwitcher",
    "profile_icon",
    "profile_label",
]

#: Text colour of preview profiles (amber, readable on light and mid backgrounds).
PREVIEW_COLOR = QColor("#9a5b00")
#: Colour of the icon of profiles that deliver mail.
DELIVER_COLOR = QColor("#2e7d32")
PREVIEW_SUFFIX = str(QT_TRANSLATE_NOOP("ProfileSwitcher", "(preview: not sent)"))
PREVIEW_BADGE_TEXT = str(QT_TRANSLATE_NOOP("ProfileSwitcher", "Preview: mail is not sent"))

_MANAGE_DATA = "__manage__"


def profile_label(profile: Profile) -> str:
    """The profile's name, with the preview mark when it does not deliver mail."""
    if profile.delivers:
        return profile.name
    suffix = QCoreApplication.translate("ProfileSwitcher", PREVIEW_SUFFIX)
    return f"{profile.name} {suffix}"


def profile_icon(profile: Profile, size: int = 16) -> QIcon:
    """An eye for preview profiles, a paper plane for profiles that deliver."""
    return _icon(profile.delivers, size)


def _icon(delivers: bool, size: int) -> QIcon:
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = float(size)
        if delivers:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DELIVER_COLOR)
            plane = QPainterPath(QPointF(0.08 * s, 0.45 * s))
            plane.lineTo(QPointF(0.92 * s, 0.12 * s))
            plane.lineTo(QPointF(0.62 * s, 0.9 * s))
            plane.lineTo(QPointF(0.45 * s, 0.58 * s))
            plane.closeSubpath()
            painter.drawPath(plane)
        else:
            pen = QPen(PREVIEW_COLOR, max(1.2, s / 10))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            eye = QPainterPath(QPointF(0.06 * s, 0.5 * s))
            eye.quadTo(QPointF(0.5 * s, 0.02 * s), QPointF(0.94 * s, 0.5 * s))
            eye.quadTo(QPointF(0.5 * s, 0.98 * s), QPointF(0.06 * s, 0.5 * s))
            painter.drawPath(eye)
            painter.setBrush(PREVIEW_COLOR)
            painter.drawEllipse(QRectF(0.36 * s, 0.36 * s, 0.28 * s, 0.28 * s))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ProfileSource(Protocol):
    """An object that owns the profile book and persists the active profile.

    The compose window's profile adapter is one; the switcher calls :meth:`set_active`
    when the user picks a profile and refreshes on :attr:`active_changed`.
    """

    book: ProfileBook
    active_changed: SignalInstance

    def set_active(self, name: str) -> None: ...


class ProfileSwitcher(QWidget):
    """Pick the active sending profile in one click; preview profiles are always marked.

    Args:
        source: a :class:`ProfileBook` to show, or a :class:`ProfileSource` to show and
            update; None to fill it later with :meth:`set_profiles`.

    Signals:
        active_profile_changed(str): the user picked another profile (its name).
        manage_requested(): the user picked "Manage profiles…" (open Preferences).
        add_account_requested(): the user wants to add a mail account (open Preferences
            with a new SMTP profile).
    """

    active_profile_changed = Signal(str)
    manage_requested = Signal()
    add_account_requested = Signal()

    def __init__(
        self, source: ProfileBook | ProfileSource | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileSwitcher")
        self._source: ProfileSource | None = None
        self._book = ProfileBook()
        self._combo = QComboBox(self)
        self._combo.setObjectName("profileSwitcherCombo")
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._combo.setToolTip(self.tr("The profile mail is sent with"))
        self._combo.setAccessibleName(self.tr("Sending profile"))
        self._badge = QLabel(self.tr(PREVIEW_BADGE_TEXT), self)
        self._badge.setObjectName("previewBadge")
        self._badge.setStyleSheet(
            "QLabel#previewBadge { background: #fff3cd; color: #664d03; "
            "border: 1px solid #e0b03c; border-radius: 3px; padding: 1px 6px; }"
        )
        self._badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_account_button = QPushButton(self.tr("Add your mail account…"), self)
        self.add_account_button.setObjectName("addAccountButton")
        self.add_account_button.setToolTip(
            self.tr("Set up the account your mail is sent from (SMTP), in Preferences")
        )
        self.add_account_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._combo)
        layout.addWidget(self._badge)
        layout.addWidget(self.add_account_button)
        self._default_palette = QPalette(self._combo.palette())
        self._connect_signals()
        if isinstance(source, ProfileBook):
            self.set_profiles(source)
        elif source is not None:
            self.bind(source)
        else:
            self._refresh()

    def _connect_signals(self) -> None:
        self._combo.activated.connect(self._on_combo_activated)
        self.add_account_button.clicked.connect(self.add_account_requested)

    # -- public API --------------------------------------------------------------------------

    def bind(self, source: ProfileSource) -> None:
        """Show *source*'s profiles; picking one calls ``source.set_active``."""
        self._source = source
        source.active_changed.connect(self._on_source_active_changed)
        self.set_profiles(source.book)

    def set_profiles(self, book: ProfileBook) -> None:
        """Show the profiles of *book*, with its active profile selected (emits nothing)."""
        self._book = book
        self._refresh()

    def current_name(self) -> str | None:
        """The name of the profile shown as active."""
        data = self._combo.currentData()
        return data if isinstance(data, str) and data != _MANAGE_DATA else None

    def set_current_name(self, name: str) -> None:
        """Show *name* as the active profile (emits nothing)."""
        index = self._combo.findData(name)
        if index >= 0:
            self._combo.setCurrentIndex(index)
        self._update_mark()

    def is_preview(self) -> bool:
        """Whether the profile shown as active does not deliver mail."""
        return self._badge.isVisibleTo(self)

    def combo(self) -> QComboBox:
        """The combo box (for keyboard focus and tests)."""
        return self._combo

    # -- internals ---------------------------------------------------------------------------

    def _refresh(self) -> None:
        combo = self._combo
        combo.blockSignals(True)
        combo.clear()
        for index, profile in enumerate(self._book):
            combo.addItem(profile_icon(profile), profile_label(profile), profile.name)
            hint = sign_in_hint(profile)
            summary = f"{profile.summary()}. {hint}" if hint else profile.summary()
            combo.setItemData(index, summary, Qt.ItemDataRole.ToolTipRole)
            if not profile.delivers:
                combo.setItemData(index, PREVIEW_COLOR, Qt.ItemDataRole.ForegroundRole)
                combo.setItemData(
                    index,
                    self.tr("{summary}. {note} Nothing is delivered.").format(
                        summary=profile.summary(), note=profile.backend.preview_note
                    ),
                    Qt.ItemDataRole.ToolTipRole,
                )
        if len(self._book):
            combo.insertSeparator(combo.count())
        combo.addItem(self.tr("Manage profiles…"), _MANAGE_DATA)
        active = self._book.active_name
        index = combo.findData(active) if active is not None else -1
        combo.setCurrentIndex(index if index >= 0 else -1)
        combo.blockSignals(False)
        self._update_mark()

    def _update_mark(self) -> None:
        name = self.current_name()
        profile = self._book.get(name) if name is not None and name in self._book else None
        preview = profile is not None and not profile.delivers
        palette = QPalette(self._default_palette)
        if preview:
            for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
                palette.setColor(role, PREVIEW_COLOR)
        self._combo.setPalette(palette)
        self._badge.setVisible(preview)
        # Nothing can reach anyone yet: the way to change that stays in sight.
        self.add_account_button.setVisible(not any(p.delivers for p in self._book))
        if profile is not None:
            tip = self.tr("Sending with {name}: {summary}.").format(
                name=profile.name, summary=profile.summary()
            )
            if preview:
                tip += " " + self.tr("{note} Nothing is delivered.").format(
                    note=profile.backend.preview_note
                )
            hint = sign_in_hint(profile)
            if hint:
                tip += f" {hint}."
            self._combo.setToolTip(tip)
            self._combo.setAccessibleDescription(
                self.tr(PREVIEW_BADGE_TEXT) if preview else self.tr("Mail is delivered")
            )

    def _on_combo_activated(self, index: int) -> None:
        data = self._combo.itemData(index)
        if data == _MANAGE_DATA:
            # Put the active profile back before asking for Preferences.
            self.set_current_name(self._book.active_name or "")
            self.manage_requested.emit()
            return
        if not isinstance(data, str) or data == self._book.active_name:
            self._update_mark()
            return
        if self._source is not None:
            self._source.set_active(data)
        else:
            self._book.set_active(data)
        self._update_mark()
        self.active_profile_changed.emit(data)

    def _on_source_active_changed(self) -> None:
        if self._source is not None:
            self.set_profiles(self._source.book)
