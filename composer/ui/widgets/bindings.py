"""Keeping a settings form and the object it edits in step, one field at a time.

A :class:`FieldBinding` ties an input widget to an attribute of the edited object, named by
its dotted path (``"smtp.host"``): :meth:`~FieldBinding.show` puts the attribute's value in
the widget, :meth:`~FieldBinding.store` puts the widget's value back, and
:meth:`~FieldBinding.edited` is the widget's own "changed" signal. Text is stored without
surrounding spaces unless the binding keeps them (a name, a signature).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from composer.ui.widgets.form_fields import FileField

__all__ = ["FieldBinding"]


@dataclass(frozen=True)
class FieldBinding:
    """One input widget and the attribute it edits."""

    path: str
    widget: QWidget
    strip: bool = True

    def _owner(self, obj: object) -> tuple[object, str]:
        *parents, name = self.path.split(".")
        return functools.reduce(getattr, parents, obj), name

    def show(self, obj: object) -> None:
        """Put *obj*'s value into the widget."""
        owner, name = self._owner(obj)
        value: Any = getattr(owner, name)
        w = self.widget
        if isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, FileField):
            w.set_text(value)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value)
        elif isinstance(w, QCheckBox):
            w.setChecked(value)
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            w.setValue(value)
        else:
            raise TypeError(f"no binding for {type(w).__name__}")

    def value(self) -> object:
        """What the widget holds now."""
        w = self.widget
        text: str
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox | QDoubleSpinBox):
            return w.value()
        if isinstance(w, QLineEdit | FileField):
            text = w.text()
        elif isinstance(w, QPlainTextEdit):
            text = w.toPlainText()
        else:
            raise TypeError(f"no binding for {type(w).__name__}")
        return text.strip() if self.strip else text

    def store(self, obj: object) -> None:
        """Put the widget's value into *obj*."""
        owner, name = self._owner(obj)
        setattr(owner, name, self.value())

    def edited(self) -> SignalInstance:
        """The widget's signal for "the value changed"."""
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.toggled
        if isinstance(w, QSpinBox | QDoubleSpinBox):
            return w.valueChanged
        if isinstance(w, FileField):
            return w.text_changed
        if isinstance(w, QLineEdit | QPlainTextEdit):
            return w.textChanged
        raise TypeError(f"no binding for {type(w).__name__}")
