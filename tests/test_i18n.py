"""composer.i18n and the Korean catalogue of the Qt-free modules (composer_core_ko.ts/.qm).

The Qt-free modules write every sentence as ``translate("Context", "Text {name}")`` and fill
the placeholders afterwards; these tests check the routing, that the catalogue is complete
and consistent with the code, and that a real function speaks Korean once Qt's translator is
installed.
"""

from __future__ import annotations

import ast
import re
import smtplib
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from composer import i18n

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "composer"
KO_TS = ROOT / "resources" / "translations" / "composer_core_ko.ts"
KO_QM = PACKAGE / "resources" / "translations" / "composer_core_ko.qm"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# {name}, {name!r}, {size:.1f} and argparse's %(default)s must survive translation as they are.
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*(?:![rsa])?(?::[^{}]*)?\}|%\([a-z_]+\)[sd]")


@pytest.fixture
def saved_translator() -> Iterator[None]:
    """Whatever translator is installed (the GUI tests install the English one) comes back."""
    saved = i18n._translator
    yield
    i18n.install(saved)


def _core_modules() -> list[Path]:
    """The modules in the core catalogue: everything but the GUI, app.py and composer.mail."""
    return sorted(
        p
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts[:1]
        and "mail" not in p.relative_to(PACKAGE).parts[:1]
        and p != PACKAGE / "app.py"
    )


def _translate_calls(tree: ast.AST, *, qt_too: bool = False) -> Iterator[ast.Call]:
    """Calls of composer.i18n's ``translate`` (``translate(...)``, ``i18n.translate(...)``);
    with *qt_too* also Qt's (``QCoreApplication.translate(...)``)."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue  # str.translate(table) takes one argument
        func = node.func
        if isinstance(func, ast.Name) and func.id == "translate":
            yield node
        elif isinstance(func, ast.Attribute) and func.attr == "translate":
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            if owner == "i18n" or qt_too:
                yield node


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _catalogue() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(KO_TS).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            out.append((name, message.findtext("source", ""), message))
    return out


# -- (a) routing ---------------------------------------------------------------------------


@pytest.mark.usefixtures("saved_translator")
def test_translate_returns_english_without_a_translator() -> None:
    i18n.install(None)
    assert i18n.translate("Sending", "Sent to {recipients}.") == "Sent to {recipients}."


@pytest.mark.usefixtures("saved_translator")
def test_translate_routes_through_the_installed_translator() -> None:
    calls: list[tuple[str, str, str | None, int]] = []

    def fake(context: str, text: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, text, disambiguation, n))
        return f"[{context}] {text}"

    i18n.install(fake)
    assert i18n.translate("Sending", "the mail server") == "[Sending] the mail server"
    assert i18n.translate("Profiles", "None", "no encryption", 2) == "[Profiles] None"
    assert calls == [
        ("Sending", "the mail server", None, -1),
        ("Profiles", "None", "no encryption", 2),
    ]
    i18n.install(None)
    assert i18n.translate("Sending", "the mail server") == "the mail server"


@pytest.mark.usefixtures("saved_translator")
def test_texts_are_looked_up_when_used_not_at_import() -> None:
    """Labels built at import time would stay English: they are looked up when read."""
    from composer.profiles.conntest import STEP_LABELS, StepReport, StepStatus
    from composer.profiles.model import BackendKind

    i18n.install(lambda _context, text, _d, _n: text.upper())
    assert StepReport("auth", StepStatus.OK).label == "LOG IN (AUTH)"
    assert STEP_LABELS["connect"] == "CONNECT"
    assert list(STEP_LABELS) == [
        "connect", "tls", "ehlo", "starttls", "auth", "quit", "imap", "imapsent",
    ]  # fmt: skip
    assert STEP_LABELS["imap"] == "LOG IN TO THE IMAP SERVER"
    assert BackendKind.SMTP.label == "SMTP SERVER"
    i18n.install(None)
    assert BackendKind.SMTP.label == "SMTP server"
    assert STEP_LABELS["connect"] == "Connect"


# -- (b) the Korean catalogue ---------------------------------------------------------------


def test_every_korean_message_is_finished_and_keeps_its_placeholders() -> None:
    messages = _catalogue()
    assert len(messages) > 400
    problems = []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
        for text in forms:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: the placeholders differ in {text!r}")
            elif re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", source)) and not HANGUL.search(text):
                problems.append(f"{where}: {text!r} is not Korean")
    assert problems == []


def test_the_catalogue_holds_every_text_of_the_code() -> None:
    """A text changed in the code but not in the catalogue would be shown in English."""
    catalogue = {(context, source) for context, source, _message in _catalogue()}
    missing = []
    for path in _core_modules():
        for call in _translate_calls(ast.parse(path.read_text(encoding="utf-8"))):
            context, text = _literal(call.args[0]), _literal(call.args[1])
            if context is not None and text is not None and (context, text) not in catalogue:
                missing.append(f"{path.relative_to(ROOT)}:{call.lineno}: {text!r}")
    assert missing == [], "run scripts/update_translations.sh and translate the new texts"


def test_the_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    qm = tmp_path / "core_ko.qm"
    # The venv's own lrelease (PySide6 installs it beside the interpreter), found whether or
    # not the venv is on PATH.
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    assert lrelease.is_file(), f"{lrelease} is missing: pip install PySide6-Essentials"
    subprocess.run([str(lrelease), "-silent", str(KO_TS), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == KO_QM.read_bytes(), "run scripts/update_translations.sh"


# -- (c) lupdate can find every text ----------------------------------------------------------


def test_translate_is_only_given_literal_texts() -> None:
    """An f-string (or any expression) as the text could never be found in the catalogue.

    composer.i18n's translate() takes literal context and text only. Qt's
    QCoreApplication.translate() may also take a text marked with QT_TRANSLATE_NOOP
    elsewhere (the GUI does), but never an f-string.
    """
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _translate_calls(tree):
            if _literal(call.args[0]) is None or _literal(call.args[1]) is None:
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno}")
        for call in _translate_calls(tree, qt_too=True):
            if any(isinstance(arg, ast.JoinedStr) for arg in call.args[:2]):
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno} (f-string)")
    assert offenders == []


def test_the_check_sees_f_strings_and_names() -> None:
    tree = ast.parse(
        'translate("Sending", f"Sent to {who}")\n'
        'i18n.translate("Sending", TEXT)\n'
        'QCoreApplication.translate("C", f"{n} rows")\n'
        '"abc".translate({})\n'
    )
    assert [_literal(c.args[1]) for c in _translate_calls(tree)] == [None, None]
    qt = [c for c in _translate_calls(tree, qt_too=True) if isinstance(c.args[1], ast.JoinedStr)]
    assert len(qt) == 2


# -- (d) a real function in Korean ------------------------------------------------------------


@pytest.fixture
def korean(qapp: Any, saved_translator: None) -> Iterator[None]:
    """Qt's translator loaded with composer_core_ko.qm, routed into composer.i18n."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(KO_QM))
    QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("korean")
def test_a_refused_password_is_explained_in_korean() -> None:
    from composer.errors.describe import describe

    message = describe(smtplib.SMTPAuthenticationError(535, b"5.7.8 Bad credentials"))
    what, todo = message.what, message.todo
    assert what == "서버가 사용자 이름 또는 비밀번호를 거부했습니다(535 5.7.8 Bad credentials)."
    assert "앱 비밀번호" in todo


@pytest.mark.usefixtures("korean")
def test_the_connection_test_explains_gmail_in_korean() -> None:
    from composer.errors.describe import describe
    from composer.profiles.conntest import ConnectionParams

    params = ConnectionParams("smtp.gmail.com", 587, username="me@gmail.com")
    exc = smtplib.SMTPAuthenticationError(535, b"5.7.8 Username and Password not accepted")
    explanation = describe(exc, params.server)
    assert explanation.what == "Gmail에서 me@gmail.com 계정의 비밀번호를 거부했습니다."
    assert "앱 비밀번호" in explanation.todo
    assert "https://myaccount.google.com/apppasswords" in explanation.todo


@pytest.mark.usefixtures("korean")
def test_a_merge_plan_problem_is_in_korean(tmp_path: Path) -> None:
    from composer.merge import CsvSource, MergeLedger, MergePlan, MergeTemplate

    data = tmp_path / "people.csv"
    data.write_text("email,name\nkim@example.com,Kim\n", encoding="utf-8")
    template = MergeTemplate(subject="Hello {{ nickname }}", to="{{ email }}", text="Hi")
    with MergeLedger(tmp_path / "ledger.sqlite3") as ledger:
        plan = MergePlan(CsvSource(data), template, ledger)
        problems = plan.template_problems()
    assert problems[0] == (
        "템플릿에 {{ nickname }}이(가) 있지만 데이터 파일에 “nickname” 열이 없습니다. "
        "자리 표시자나 열의 이름을 바꾸십시오."
    )
    assert problems[1].startswith("메시지에 보낸 사람 주소가 없습니다.")


@pytest.mark.usefixtures("saved_translator")
def test_english_stays_the_default_after_korean(qapp: Any) -> None:
    from composer.errors.describe import describe

    i18n.install(None)
    what = describe(smtplib.SMTPAuthenticationError(535, b"no")).what
    assert what == "The server refused the user name or password (535 no)."
