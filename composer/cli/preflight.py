"""``composer preflight``: will mail from this profile land, and can it send this merge?

Prints one line per check (SPF, DMARC, MX, DKIM, a free-mail From through another server,
the provider's daily limit against the merge and today's sending, Gmail's bulk-sender
line). With ``--test-to-self`` it sends a row of the merge to the profile's own address
instead and reads back the receiving server's judgement (:mod:`composer.cli.preflight_selftest`).
Exit status: 0 nothing wrong, 1 something will make mail be refused or land in
spam, 2 bad input (no such profile, a data file or template that cannot be read). A DNS
server that does not answer is "could not check", never a failure.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from composer.cli.output import fail
from composer.errors import ComposerError, UserMessage
from composer.i18n import translate

_MARKS = {"ok": "ok  ", "warn": "warn", "bad": "BAD ", "unknown": "?   "}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "preflight",
        help=translate(
            "CliPreflight", "check that mail from a profile will land (SPF, DKIM, DMARC, limits)"
        ),
        description=translate(
            "CliPreflight",
            "Check the From domain's SPF, DMARC, MX and DKIM against the profile's server, a "
            "free-mail From sent through another server, and the provider's daily limit "
            "against a merge.",
        ),
    )
    p.add_argument(
        "--profile",
        metavar="NAME",
        help=translate("CliPreflight", "sending profile (default: the active one)"),
    )
    p.add_argument(
        "--merge",
        nargs=2,
        metavar=("DATA", "TEMPLATE"),
        type=Path,
        help=translate("CliPreflight", "also check a merge: its data file and template"),
    )
    p.add_argument(
        "--dkim-selector",
        action="append",
        default=[],
        metavar="SELECTOR",
        help=translate("CliPreflight", "a DKIM selector your provider gave (repeatable)"),
    )
    p.add_argument(
        "--dns-server",
        metavar="HOST[:PORT]",
        help=translate("CliPreflight", "ask this DNS server (default: the system's)"),
    )
    from composer.cli.preflight_selftest import add_arguments

    add_arguments(p)
    p.set_defaults(handler=_run)


def _recipients(data: Path, template: Path) -> list[str]:
    from composer.merge import MergeTemplate
    from composer.merge.data.opening import open_data
    from composer.merge.templates.render import CompiledTemplate, RenderError

    source = open_data(data)
    compiled = CompiledTemplate(MergeTemplate.from_eml(template), source.columns)
    out: list[str] = []
    for row in source.rows():
        try:
            out += compiled.render(row.number, row.values).recipients()
        except RenderError:
            continue
    return out


def _run(args: argparse.Namespace) -> int:
    from composer.cli.accounts import choose_profile
    from composer.merge.dnschecks import make_resolver
    from composer.merge.preflight import preflight
    from composer.merge.record.accounts import account_key, sent_through
    from composer.merge.record.ledger import MergeLedger

    if args.test_to_self:
        from composer.cli.preflight_selftest import run_test_to_self

        return run_test_to_self(args)
    try:
        resolver = make_resolver(args.dns_server)
        if not 0 < resolver.port < 65536:
            raise ValueError(resolver.port)
    except ValueError:
        what = translate("CliPreflight", "“{server}” is not the address of a DNS server.").format(
            server=args.dns_server
        )
        todo = translate(
            "CliPreflight",
            "Give its IP address, with a port if needed: 192.0.2.53 or 127.0.0.1:5353.",
        )
        return fail("preflight", UserMessage(what, todo), 2)
    try:
        profile = choose_profile("preflight", args.profile, strict=False)
        recipients = _recipients(*args.merge) if args.merge else []
        midnight = datetime.datetime.combine(datetime.date.today(), datetime.time())
        with MergeLedger() as ledger:
            sent_today = sent_through(ledger, midnight.timestamp(), account_key(profile))
    except ComposerError as exc:
        return fail("preflight", exc.message, 2)
    if not profile.delivers:
        what = translate(
            "CliPreflight",
            "“{profile}” is a preview profile: what it sends never leaves this computer, so "
            "there is no server or domain to check.",
        ).format(profile=profile.name)
        todo = translate("CliPreflight", "Name the profile of your mail account with --profile.")
        return fail("preflight", UserMessage(what, todo), 2)
    from_email = profile.identity.from_header()
    findings = preflight(
        from_email=from_email,
        host=profile.smtp.host,
        resolver=resolver,
        provider=profile.provider,
        selectors=args.dkim_selector,
        recipients=recipients,
        sent_today=sent_today,
    )
    print(
        translate("CliPreflight", "Preflight of “{profile}” ({address} through {host}):").format(
            profile=profile.name, address=profile.identity.from_address, host=profile.smtp.host
        )
    )
    for finding in findings:
        print(f"  [{_MARKS[finding.level]}] {finding.check}: {finding.text}")
    sys.stdout.flush()
    return 1 if any(f.level == "bad" for f in findings) else 0
