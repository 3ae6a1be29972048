"""The deliverability preflight as the windows run it: from a profile (and a merge), off
the GUI thread. No Qt here.

:func:`check_deliverability` gathers what :func:`composer.merge.preflight.preflight`
needs (the From address, the profile's server and provider, what the ledger says went out
today, the merge's recipients) and returns its findings. The merge window passes the
plan's recipients; Preferences passes none (the account alone). Like ``composer
preflight``, it never raises for a DNS server that does not answer: those checks come back
as "could not check" findings, and nothing here ever blocks sending.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import dns.resolver

from composer.merge.dnschecks import make_resolver
from composer.merge.preflight import Finding, preflight
from composer.merge.record.accounts import account_key, sent_through

if TYPE_CHECKING:
    from composer.merge.plan import MergePlan
    from composer.merge.record.ledger import MergeLedger
    from composer.profiles.model import Profile

__all__ = ["PreflightRequest", "check_deliverability", "merge_recipients", "sent_today"]


@dataclass(frozen=True)
class PreflightRequest:
    """What one preflight looks at (plain data: made on the GUI thread, used on a worker).

    Attributes:
        from_email: the sender (the merge's From when there is a merge, else the profile's).
        host: the SMTP server the mail goes through.
        provider: the profile's provider key ("" to know it by the host).
        selectors: DKIM selectors the user gave ("" entries ignored; none: the common ones).
        dns_server: ``HOST[:PORT]`` of the DNS server to ask (None: the system's).
        account: whose sending today counts against the daily limit (None: every merge's).
    """

    from_email: str
    host: str
    provider: str = ""
    selectors: tuple[str, ...] = ()
    dns_server: str | None = None
    account: str | None = None

    @classmethod
    def of_profile(
        cls,
        profile: Profile,
        *,
        from_email: str = "",
        selectors: Sequence[str] = (),
        dns_server: str | None = None,
    ) -> PreflightRequest:
        return cls(
            from_email=from_email or profile.identity.from_header(),
            host=profile.smtp.host,
            provider=profile.provider,
            selectors=tuple(s.strip() for s in selectors if s.strip()),
            dns_server=dns_server,
            account=account_key(profile),
        )


def sent_today(
    ledger: MergeLedger, now: datetime.datetime | None = None, account: str | None = None
) -> int:
    """Messages Composer's merges sent since local midnight through *account* (its key,
    :func:`composer.merge.record.accounts.account_key`; None: across all merges)."""
    now = now or datetime.datetime.now()
    midnight = datetime.datetime.combine(now.date(), datetime.time())
    return sent_through(ledger, midnight.timestamp(), account)


def merge_recipients(plan: MergePlan, should_stop: Callable[[], bool] = lambda: False) -> list[str]:
    """Every recipient of *plan*'s rows that render (reads the whole data file)."""
    from composer.merge.templates.render import RenderError

    out: list[str] = []
    for row in plan.source.rows():
        if should_stop():
            break
        try:
            out += plan.render(row).recipients()
        except RenderError:
            continue
    return out


def check_deliverability(
    request: PreflightRequest,
    *,
    recipients: Sequence[str] = (),
    already_sent: int = 0,
    resolver: dns.resolver.Resolver | None = None,
) -> list[Finding]:
    """The preflight's findings for *request* (blocks on the DNS: call it off the GUI thread)."""
    return preflight(
        from_email=request.from_email,
        host=request.host,
        resolver=resolver or make_resolver(request.dns_server),
        provider=request.provider,
        selectors=request.selectors,
        recipients=recipients,
        sent_today=already_sent,
    )
