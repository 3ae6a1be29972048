"""The deliverability preflight: will this account's mail land, and how much may it send?

:func:`preflight` looks at a sending profile (its From address and SMTP server) and,
optionally, a merge's recipients, and returns :class:`Finding` s in plain words:

* the From domain's SPF (does it authorise the profile's server; at most 10 lookups),
  DMARC (published? its policy; alignment possible), MX, and DKIM keys under the selectors
  the user gave or the common ones (:mod:`composer.merge.dnschecks`);
* a free-mail From (gmail.com, naver.com, daum.net, ...) sent through another provider's
  server: the receiver checks that provider's DMARC and rejects it or files it as spam;
* the provider's known daily limit against this merge and what Composer already sent
  today (from the ledger), as a plan: "1,800 today, 1,200 tomorrow";
* Gmail's bulk-sender line (5,000 messages a day to Gmail addresses), and what Gmail then
  requires, said honestly: one-click unsubscribe (RFC 8058) needs a web address that
  answers, which a desktop program cannot offer.

A DNS server that does not answer gives "could not check" findings; nothing here ever
blocks sending. Only what the DNS can show is judged; DKIM signing is done by the server,
so the only sure DKIM check is a test message read back (``Authentication-Results``).
"""

from __future__ import annotations

import datetime
import email.utils
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import dns.resolver

from composer.i18n import translate
from composer.merge.dnschecks import (
    COMMON_DKIM_SELECTORS,
    DnsUnavailable,
    dkim_selectors,
    dmarc_record,
    mx_hosts,
    server_addresses,
    spf_check,
)
from composer.profiles.providertable import entry, entry_for_host

__all__ = [
    "FREEMAIL",
    "GMAIL_BULK_LINE",
    "Finding",
    "daily_limit",
    "preflight",
    "sending_plan",
]

GMAIL_BULK_LINE = 5000

# Free-mail domains and the SMTP servers (by domain suffix) that may send for them.
FREEMAIL: dict[str, tuple[str, ...]] = {
    "gmail.com": ("gmail.com", "google.com", "googlemail.com"),
    "googlemail.com": ("gmail.com", "google.com", "googlemail.com"),
    "naver.com": ("naver.com",),
    "daum.net": ("daum.net", "kakao.com", "hanmail.net"),
    "hanmail.net": ("daum.net", "kakao.com", "hanmail.net"),
    "kakao.com": ("kakao.com", "daum.net"),
    "nate.com": ("nate.com",),
    "yahoo.com": ("yahoo.com",),
    "outlook.com": ("outlook.com", "office365.com", "hotmail.com"),
    "hotmail.com": ("outlook.com", "office365.com", "hotmail.com"),
    "icloud.com": ("icloud.com", "me.com", "apple.com"),
}


def daily_limit(host: str, provider: str = "") -> int | None:
    """The provider's published daily limit for an account on SMTP server *host* (or of the
    provider whose key is *provider*), from the one provider table. A merged message goes to
    one person in the common case, so the stricter of the messages and recipients a day."""
    found = (entry(provider) if provider else None) or entry_for_host(host)
    if found is None:
        return None
    limits = found.limits
    known = [n for n in (limits.messages_per_day, limits.recipients_per_day) if n]
    return min(known) if known else None


@dataclass(frozen=True)
class Finding:
    """One line of the preflight: *level* is ``ok``, ``warn``, ``bad`` or ``unknown``."""

    check: str
    level: str
    text: str


def _domain(address: str) -> str:
    return email.utils.parseaddr(address)[1].rpartition("@")[2].lower().rstrip(".")


def _within(host: str, suffixes: Iterable[str]) -> bool:
    host = host.lower().rstrip(".")
    return any(host == s or host.endswith("." + s) for s in suffixes)


def sending_plan(
    total: int, limit: int, sent_today: int, now: datetime.datetime | None = None
) -> list[tuple[datetime.date, int]]:
    """(day, messages) to send *total* under *limit* a day, *sent_today* already gone."""
    now = now or datetime.datetime.now()
    plan = []
    left = total
    day = now.date()
    room = max(0, limit - sent_today)
    while left > 0:
        if room:
            take = min(room, left)
            plan.append((day, take))
            left -= take
        day += datetime.timedelta(days=1)
        room = limit
    return plan


def _dns_findings(
    resolver: dns.resolver.Resolver, domain: str, host: str, selectors: Sequence[str]
) -> list[Finding]:
    out: list[Finding] = []
    unknown = translate("Preflight", "could not check: the DNS server did not answer ({reason})")
    try:
        ips = server_addresses(resolver, host) if host else []
        spf = spf_check(resolver, domain, ips)
    except DnsUnavailable as exc:
        out.append(Finding("SPF", "unknown", unknown.format(reason=exc)))
        spf = None
    if spf is not None:
        if spf.result == "pass":
            out.append(
                Finding(
                    "SPF",
                    "ok",
                    translate(
                        "Preflight",
                        "{domain} authorises {host} to send its mail "
                        "({term}; {lookups} of 10 lookups).",
                    ).format(domain=domain, host=host, term=spf.matched, lookups=spf.lookups),
                )
            )
        elif spf.result == "none":
            out.append(
                Finding(
                    "SPF",
                    "bad",
                    translate(
                        "Preflight",
                        "{domain} publishes no SPF record: Gmail, Yahoo, Outlook.com and "
                        "Naver reject or file as spam bulk mail from a domain without one. "
                        "Ask whoever runs the domain to publish one that includes {host}.",
                    ).format(domain=domain, host=host),
                )
            )
        elif spf.result == "permerror":
            if spf.detail == "too many lookups":
                text = translate(
                    "Preflight",
                    "The SPF record of {domain} needs more than 10 DNS lookups, so receivers "
                    "treat it as broken (RFC 7208). Merge its include: entries or replace "
                    "some with ip4: ranges.",
                ).format(domain=domain)
            else:
                text = translate(
                    "Preflight", "The SPF record of {domain} is broken ({detail})."
                ).format(domain=domain, detail=spf.detail)
            out.append(Finding("SPF", "bad", text))
        else:
            out.append(
                Finding(
                    "SPF",
                    "bad" if spf.result == "fail" else "warn",
                    translate(
                        "Preflight",
                        "The SPF record of {domain} does not authorise {host} ({result}): "
                        "mail sent through it will be rejected or land in spam. Add the "
                        "server (or its provider's include:) to the record.",
                    ).format(domain=domain, host=host, result=spf.result),
                )
            )
    try:
        dmarc = dmarc_record(resolver, domain)
    except DnsUnavailable as exc:
        out.append(Finding("DMARC", "unknown", unknown.format(reason=exc)))
    else:
        if dmarc is None:
            out.append(
                Finding(
                    "DMARC",
                    "bad",
                    translate(
                        "Preflight",
                        "{domain} publishes no DMARC record: since 2024 Gmail and Yahoo "
                        "require one from bulk senders. Publish at least "
                        "“v=DMARC1; p=none” at _dmarc.{domain}.",
                    ).format(domain=domain),
                )
            )
        else:
            policy = dmarc.get("p", "none")
            strict = dmarc.get("aspf", "r") == "s"
            out.append(
                Finding(
                    "DMARC",
                    "ok",
                    translate(
                        "Preflight",
                        "{domain} publishes DMARC with policy “{policy}”; SPF alignment is {mode}: "
                        "the envelope sender must be {domain}{exact} for SPF to count.",
                    ).format(
                        domain=domain,
                        policy=policy,
                        mode=translate("Preflight", "strict")
                        if strict
                        else translate("Preflight", "relaxed"),
                        exact=translate("Preflight", " exactly")
                        if strict
                        else translate("Preflight", " or one of its subdomains"),
                    ),
                )
            )
    try:
        mx = mx_hosts(resolver, domain)
    except DnsUnavailable as exc:
        out.append(Finding("MX", "unknown", unknown.format(reason=exc)))
    else:
        if mx:
            out.append(
                Finding(
                    "MX",
                    "ok",
                    translate("Preflight", "{domain} receives mail at {hosts}.").format(
                        domain=domain, hosts=", ".join(mx)
                    ),
                )
            )
        else:
            out.append(
                Finding(
                    "MX",
                    "warn",
                    translate(
                        "Preflight",
                        "{domain} has no MX record: replies and bounces to it cannot arrive, and "
                        "some receivers refuse mail from such a domain.",
                    ).format(domain=domain),
                )
            )
    try:
        keys = dkim_selectors(resolver, domain, selectors or COMMON_DKIM_SELECTORS)
    except DnsUnavailable as exc:
        out.append(Finding("DKIM", "unknown", unknown.format(reason=exc)))
    else:
        if keys:
            out.append(
                Finding(
                    "DKIM",
                    "ok",
                    translate(
                        "Preflight",
                        "{domain} publishes DKIM keys ({selectors}); whether your server "
                        "signs with them shows only in a test message read back.",
                    ).format(domain=domain, selectors=", ".join(keys)),
                )
            )
        else:
            out.append(
                Finding(
                    "DKIM",
                    "warn",
                    translate(
                        "Preflight",
                        "No DKIM key found for {domain} under {selectors}. If your provider "
                        "gave you a selector, type it in the DKIM selector field (or give "
                        "--dkim-selector); else ask it to sign your mail.",
                    ).format(
                        domain=domain, selectors=", ".join(selectors or COMMON_DKIM_SELECTORS)
                    ),
                )
            )
    return out


def preflight(
    *,
    from_email: str,
    host: str,
    resolver: dns.resolver.Resolver,
    provider: str = "",
    selectors: Sequence[str] = (),
    recipients: Sequence[str] = (),
    sent_today: int = 0,
    now: datetime.datetime | None = None,
) -> list[Finding]:
    """Everything the preflight finds (see the module docstring)."""
    domain = _domain(from_email)
    out: list[Finding] = []
    if not domain:
        return [
            Finding(
                "From",
                "bad",
                translate("Preflight", "The profile has no From address: set one in Preferences."),
            )
        ]
    allowed = FREEMAIL.get(domain)
    if allowed and host and not _within(host, allowed):
        out.append(
            Finding(
                "From",
                "bad",
                translate(
                    "Preflight",
                    "{address} is a {domain} address, but the mail goes through {host}: receivers "
                    "check {domain}'s DMARC and reject it or file it as spam. Send through "
                    "{domain}'s own server, or use an address of your own domain.",
                ).format(address=email.utils.parseaddr(from_email)[1], domain=domain, host=host),
            )
        )
    out += _dns_findings(resolver, domain, host, selectors)
    total = len(recipients)
    limit = daily_limit(host, provider)
    if total and limit:
        plan = sending_plan(total, limit, sent_today, now)
        days = [
            translate("Preflight", "{count} on {day}").format(
                count=f"{count:,}", day=day.isoformat()
            )
            for day, count in plan
        ]
        level = "ok" if len(plan) == 1 else "warn"
        out.append(
            Finding(
                "Limit",
                level,
                translate(
                    "Preflight",
                    "{host} lets an account send about {limit} messages a day; {sent} went out "
                    "through Composer today. This merge of {total}: {plan}. The merge stops at "
                    "the limit and resumes by itself the next day, at the hour set for it (09:00 "
                    "unless you chose another), once the last 24 hours leave room.",
                ).format(
                    host=host,
                    limit=f"{limit:,}",
                    sent=f"{sent_today:,}",
                    total=f"{total:,}",
                    plan=", ".join(days),
                ),
            )
        )
    gmail = sum(1 for r in recipients if _domain(r) in ("gmail.com", "googlemail.com"))
    if gmail + sent_today >= GMAIL_BULK_LINE:
        out.append(
            Finding(
                "Gmail",
                "warn",
                translate(
                    "Preflight",
                    "This merge sends {count} messages to Gmail addresses: from 5,000 a day Gmail "
                    "treats you as a bulk sender and requires SPF, DKIM and DMARC aligned with "
                    "your From domain, a spam rate under 0.3%, and one-click unsubscribe (RFC "
                    "8058). One-click unsubscribe needs a web address that answers a POST; "
                    "Composer is a desktop program and has none, so its mailto unsubscribe alone "
                    "does not meet this rule: use a mailing service for such volumes.",
                ).format(count=f"{gmail:,}"),
            )
        )
    return out
