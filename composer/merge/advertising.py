"""Advertising mail under Korean law: what 정보통신망법 §50 asks of an e-mail, checked.

A merge marked as advertising (``--advertising``; the switch on the merge window) is held
to the rules the Act and KISA's guide on it (불법스팸 방지를 위한 정보통신망법 안내서) set
for *e-mail*, each one a problem the check shows in plain words:

1. the subject starts with ``(광고)`` (§50④, Enforcement Decree art. 61);
2. the body names the sender (전송자의 명칭) and gives a contact (an e-mail address or a
   telephone number) (§50④);
3. the body tells how to refuse further mail, free of charge, and the refusal works: the
   merge carries an unsubscribe address (``List-Unsubscribe``; replies to it end on the
   suppression list, whose addresses are never mailed) and the body shows that address
   (§50④, ⑥);
4. every recipient gave consent (수신동의) whose date, in a column, is within the last two
   years: consent must be confirmed again every two years (§50⑧, Decree art. 62-3); a row
   without a readable date, or with an older one, is not mailed.

What the Act asks of other media and not of e-mail is deliberately not checked: the
separate consent for sending between 21:00 and 08:00 (§50③) exempts e-mail in the Decree.
These checks are help, not legal advice: the rules are read from the guide as published,
and the user remains the sender under the Act.
"""

from __future__ import annotations

import datetime
import email.utils
import re
from collections.abc import Iterable, Mapping

from composer.i18n import translate

__all__ = [
    "AD_PREFIX",
    "CONSENT_COLUMN_NAMES",
    "advertising_problems",
    "consent_problem",
    "guess_consent_column",
    "parse_consent_date",
]

AD_PREFIX = "(광고)"
CONSENT_COLUMN_NAMES = (
    "수신동의일",
    "동의일",
    "수신동의",
    "consent",
    "consent date",
    "consent_date",
)
_CONSENT_YEARS = 2
_EMAIL = re.compile(r"[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<!\d)(?:\+?\d{1,3}[ -]?)?0?\d{1,4}[ -.)]\d{3,4}[ -.]\d{4}(?!\d)")
_DATE_FORMATS = ("%Y-%m-%d", "%Y.%m.%d", "%Y/%m/%d", "%Y%m%d", "%Y. %m. %d", "%Y-%m-%d %H:%M")


def guess_consent_column(columns: Iterable[str]) -> str | None:
    """The column whose name says it holds the consent date, or None."""
    lowered = {c.strip().lower(): c for c in columns}
    return next((lowered[n] for n in CONSENT_COLUMN_NAMES if n in lowered), None)


def parse_consent_date(text: str) -> datetime.date | None:
    """A consent date as people write it (2024-03-05, 2024.03.05, 20240305, ...)."""
    value = text.strip().rstrip(".")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def consent_problem(
    values: Mapping[str, str], column: str, today: datetime.date | None = None
) -> str | None:
    """Why this row may not be mailed as advertising (None: its consent is current)."""
    cell = values.get(column, "").strip()
    if not cell:
        return translate(
            "MergeAdvertising",
            "no consent date in “{column}”: advertising may be sent only to people who "
            "agreed to receive it (정보통신망법 §50①)",
        ).format(column=column)
    given = parse_consent_date(cell)
    if given is None:
        return translate(
            "MergeAdvertising",
            "the consent date “{value}” in “{column}” is not a date Composer can read; "
            "write it as 2025-03-05",
        ).format(value=cell, column=column)
    today = today or datetime.date.today()
    if given > today:
        return translate(
            "MergeAdvertising", "the consent date {date} in “{column}” is in the future"
        ).format(date=given.isoformat(), column=column)
    if given <= _years_before(today, _CONSENT_YEARS):
        return translate(
            "MergeAdvertising",
            "consent given on {date} is more than two years old: ask this person to confirm "
            "it again before sending advertising (정보통신망법 §50⑧)",
        ).format(date=given.isoformat())
    return None


def advertising_problems(
    *,
    subject: str,
    text: str,
    html: str,
    from_email: str,
    unsubscribe_mailto: str,
    consent_column: str | None,
) -> list[str]:
    """What keeps the whole merge from being lawful advertising mail (empty: nothing)."""
    problems: list[str] = []
    if not subject.lstrip().startswith(AD_PREFIX):
        problems.append(
            translate(
                "MergeAdvertising",
                "Advertising mail must start its subject with “(광고)”. Write the subject "
                "as “(광고) {subject}” (정보통신망법 §50④).",
            ).format(subject=subject.strip())
        )
    body = text + "\n" + re.sub(r"<[^>]*>", " ", html)
    name = email.utils.parseaddr(from_email)[0].strip()
    if not name:
        problems.append(
            translate(
                "MergeAdvertising",
                "Advertising mail must say who sends it: give the sender a name in From "
                "(such as 한빛상사 <news@hanbit.example>) and write that name in the body.",
            )
        )
    elif name not in body:
        problems.append(
            translate(
                "MergeAdvertising",
                "The body does not name the sender: write “{name}” in it, with a contact "
                "(정보통신망법 §50④).",
            ).format(name=name)
        )
    if not (_EMAIL.search(body) or _PHONE.search(body)):
        problems.append(
            translate(
                "MergeAdvertising",
                "The body gives no contact: write the sender's telephone number or e-mail "
                "address in it (정보통신망법 §50④).",
            )
        )
    mailto = unsubscribe_mailto.strip()
    if not mailto:
        problems.append(
            translate(
                "MergeAdvertising",
                "Advertising mail must offer a working way to refuse more mail: give an "
                "unsubscribe address (--unsubscribe), whose requests go on the suppression "
                "list (정보통신망법 §50④).",
            )
        )
    elif mailto not in body:
        problems.append(
            translate(
                "MergeAdvertising",
                "The body does not tell how to refuse more mail: write, for example, "
                "“수신을 원하지 않으시면 {address}(으)로 알려 주십시오 "
                "(To unsubscribe, write to {address}).”",
            ).format(address=mailto)
        )
    if consent_column is None:
        problems.append(
            translate(
                "MergeAdvertising",
                "Advertising may be sent only with the recipient's consent, confirmed every "
                "two years: the data file needs a column with each person's consent date "
                "(such as 수신동의일), chosen with --consent-column.",
            )
        )
    return problems
