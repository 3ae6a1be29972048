"""Advertising mail under 정보통신망법 §50: each rule the guide sets for e-mail is a
validation case, in English and in Korean; a lawful merge passes, and only recipients whose
consent is current are mailed (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import datetime
import email
import email.policy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from merge_helpers import write_csv
from smtpserver import SMTPTestServer

from composer import i18n
from composer.mail import get_connection
from composer.merge import (
    EngineSettings,
    MergeEngine,
    MergeLedger,
    MergeOptions,
    MergePlan,
    MergeTemplate,
)
from composer.merge.advertising import consent_problem
from composer.merge.data.opening import open_data

KO_QM = Path(__file__).resolve().parents[2] / "composer/resources/translations/composer_core_ko.qm"
TODAY = datetime.date.today()
RECENT = (TODAY - datetime.timedelta(days=100)).isoformat()
OLD = (TODAY - datetime.timedelta(days=2 * 366)).isoformat()

LAWFUL = MergeTemplate(
    subject="(광고) {{ name }}님께 드리는 봄 할인 안내",
    text=(
        "{{ name }}님, 봄 할인을 안내해 드립니다.\n\n"
        "보낸 곳: 한빛상사, 02-123-4567, help@hanbit.example\n"
        "수신을 원하지 않으시면 unsubscribe@hanbit.example 로 알려 주십시오 "
        "(To unsubscribe, write to unsubscribe@hanbit.example)."
    ),
    to="{{ name }} <{{ email }}>",
    from_email="한빛상사 <news@hanbit.example>",
)


def data(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "customers.csv",
        ["name", "email", "수신동의일"],
        [
            ["김", "kim@example.org", RECENT],
            ["이", "lee@example.org", OLD],
            ["박", "park@example.org", ""],
            ["최", "choi@example.org", "작년 봄"],
        ],
    )


def problems_of(tmp_path: Path, template: MergeTemplate, **options: Any) -> list[str]:
    options.setdefault("unsubscribe_mailto", "unsubscribe@hanbit.example")
    with MergeLedger(tmp_path / "ledger.sqlite") as ledger:
        plan = MergePlan(
            open_data(data(tmp_path)), template, ledger, MergeOptions(advertising=True, **options)
        )
        return plan.template_problems()


def changed(**fields: str) -> MergeTemplate:
    values = {
        "subject": LAWFUL.subject,
        "text": LAWFUL.text,
        "to": LAWFUL.to,
        "from_email": LAWFUL.from_email,
    }
    values.update(fields)
    return MergeTemplate(**values)


RULES = [
    # (what is wrong, the template or options, English words, Korean words)
    ("no (광고) prefix", {"subject": "{{ name }}님께 봄 할인"}, {},
     "must start its subject with “(광고)”", "제목을 “(광고)”로 시작해야"),
    ("no sender name in From", {"from_email": "news@hanbit.example"}, {},
     "must say who sends it", "보내는 사람을 밝혀야"),
    ("sender not named in the body", {"text": LAWFUL.text.replace("한빛상사, ", "")}, {},
     "does not name the sender", "본문에 보내는 사람"),
    ("no contact in the body",
     {"text": "한빛상사 드림. 수신거부: unsubscribe@hanbit.example".replace(
         "unsubscribe@hanbit.example", "{{ optout }}")}, {},
     "gives no contact", "연락처가 없습니다"),
    ("no unsubscribe address", {}, {"unsubscribe_mailto": ""},
     "working way to refuse", "수신을 거부할 수 있는"),
    ("opt-out not in the body",
     {"text": "한빛상사, 02-123-4567 드림."}, {},
     "does not tell how to refuse", "수신 거부 방법이 없습니다"),
    ("no consent column", {}, {"consent_column": "없는열"},
     "consent date", "수신 동의 날짜가 있는 열"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "fields", "options", "english", "korean"), RULES)
def test_each_rule_is_a_problem_in_english_and_korean(
    tmp_path: Path,
    what: str,
    fields: dict[str, str],
    options: dict[str, Any],
    english: str,
    korean: str,
    qapp: Any,
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    template = changed(**fields)
    found = problems_of(tmp_path, template, **options)
    assert any(english in p for p in found), (what, found)
    translator = QTranslator()
    assert translator.load(str(KO_QM))
    QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    try:
        found = problems_of(tmp_path / "ko", template, **options)
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.install(None)
    assert any(korean in p for p in found), (what, found)


def test_a_lawful_template_has_no_problem(tmp_path: Path) -> None:
    assert problems_of(tmp_path, LAWFUL) == []


def test_consent_must_be_within_two_years() -> None:
    today = datetime.date(2026, 12, 4)
    col = "수신동의일"
    assert consent_problem({col: "2025-01-10"}, col, today) is None
    assert consent_problem({col: "2024.12.05"}, col, today) is None
    assert "more than two years old" in (consent_problem({col: "2024-12-04"}, col, today) or "")
    assert "no consent date" in (consent_problem({col: ""}, col, today) or "")
    assert "not a date" in (consent_problem({col: "작년"}, col, today) or "")
    assert "in the future" in (consent_problem({col: "2027-01-01"}, col, today) or "")
    leap = datetime.date(2028, 2, 29)
    assert consent_problem({col: "2026-03-01"}, col, leap) is None


@pytest.fixture
def server() -> Iterator[SMTPTestServer]:
    with SMTPTestServer() as srv:
        yield srv


def test_only_people_with_current_consent_get_advertising(
    tmp_path: Path, server: SMTPTestServer, composer_home: Path
) -> None:
    with MergeLedger() as ledger:
        plan = MergePlan(
            open_data(data(tmp_path)),
            LAWFUL,
            ledger,
            MergeOptions(
                advertising=True,
                unsubscribe_mailto="unsubscribe@hanbit.example",
                skip_problems=True,
            ),
        )
        report = plan.validate()
        assert report.template_problems == []
        assert report.counts == {**report.counts, "ready": 1, "problem": 3}
        MergeEngine(
            plan,
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port
            ),
            EngineSettings(connections=1),
        ).run()
    (message,) = server.messages
    assert message.rcpt_tos == ["kim@example.org"]
    parsed = email.message_from_bytes(message.data, policy=email.policy.default)
    assert parsed["List-Unsubscribe"].startswith("<mailto:unsubscribe@hanbit.example")
    # (composer.mail folds a long encoded subject right after "Subject:", so the parsed
    # value starts with the fold's blank)
    assert parsed["Subject"].lstrip().startswith("(광고) 김님께")
