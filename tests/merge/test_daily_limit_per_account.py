"""The daily limit counts what went out through the merge's own account, never a preview's."""

from __future__ import annotations

from pathlib import Path

from engine_helpers import run, server_pipelining  # noqa: F401  (autouse fixture)
from merge_helpers import people
from smtpserver import SMTPTestServer

from composer.merge import EngineSettings, MergeLedger
from composer.merge.deliverability import PreflightRequest, sent_today
from composer.merge.record.accounts import LOCAL, account_key, account_of
from composer.outbox.resume import sent_times
from composer.profiles.model import Profile
from composer.profiles.parts import BackendKind, Identity, SmtpSettings


def _smtp(name: str, host: str, user: str) -> Profile:
    return Profile(name, smtp=SmtpSettings(host=host, username=user))


SCHOOL = _smtp("School", "smtp.school.example", "teacher@school.example")
CLUB = _smtp("Club", "mail.club.example", "club@club.example")
PREVIEW = Profile("Preview", backend=BackendKind.CONSOLE, identity=Identity("", "t@x.example"))


def _send(
    tmp: Path, name: str, n: int, ledger: MergeLedger, profile: Profile | None, cap: int
) -> tuple[str, int]:
    with SMTPTestServer() as server:
        settings = EngineSettings(
            connections=1,
            daily_cap=cap,
            stop_on_daily_limit=True,
            account=account_key(profile) if profile is not None else None,
        )
        result, _ = run(
            people(tmp / f"{name}.csv", n, f"{name}.example"), server, ledger, settings=settings
        )
    return result.outcome, result.progress.sent


def test_the_pacer_counts_only_its_own_account(tmp_path: Path) -> None:
    with MergeLedger() as ledger:
        assert _send(tmp_path, "a", 4, ledger, SCHOOL, 100) == ("finished", 4)
        assert _send(tmp_path, "b", 5, ledger, PREVIEW, 100) == ("finished", 5)
        # The club's account sent nothing today: its cap of 3 is all there.
        assert _send(tmp_path, "c", 5, ledger, CLUB, 3) == ("daily_limit", 3)
        # The school's 4 (not the preview's 5 nor the club's 3) count against its cap of 6.
        assert _send(tmp_path, "d", 5, ledger, SCHOOL, 6) == ("daily_limit", 2)


def test_a_merge_of_unknown_account_counts_for_every_account(tmp_path: Path) -> None:
    with MergeLedger() as ledger:
        # As a merge sent before accounts were recorded: counted, to stay under any limit.
        assert _send(tmp_path, "old", 3, ledger, None, 100) == ("finished", 3)
        assert _send(tmp_path, "new", 5, ledger, CLUB, 4) == ("daily_limit", 1)


def test_the_preflight_counts_only_the_profiles_account(tmp_path: Path) -> None:
    with MergeLedger() as ledger:
        _send(tmp_path, "a", 4, ledger, SCHOOL, 100)
        _send(tmp_path, "b", 2, ledger, CLUB, 100)
        _send(tmp_path, "c", 5, ledger, PREVIEW, 100)
        seen = {
            p.name: sent_today(ledger, account=PreflightRequest.of_profile(p).account)
            for p in (SCHOOL, CLUB, PREVIEW)
        }
        # A merge stopped at its limit resumes when its own account's sends are a day old.
        accounts = [account_of(ledger, m.id) for m in ledger.merges()]
        times = {
            p.name: len(sent_times(ledger, 0, account_key(p))) for p in (SCHOOL, CLUB, PREVIEW)
        }
    assert seen == {"School": 4, "Club": 2, "Preview": 0}
    assert sorted(accounts, key=str) == sorted(map(account_key, (SCHOOL, CLUB, PREVIEW)))
    assert times == seen


def test_profiles_of_one_sign_in_are_one_account() -> None:
    other_port = _smtp("School 465", "SMTP.school.example.", "Teacher@school.example")
    other_port.smtp.port = 465
    assert account_key(other_port) == account_key(SCHOOL)
    assert account_key(CLUB) != account_key(SCHOOL)
    for kind in (BackendKind.CONSOLE, BackendKind.FILE, BackendKind.LOCMEM, BackendKind.DUMMY):
        assert account_key(Profile("p", backend=kind)) == LOCAL
