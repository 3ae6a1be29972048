"""The deliverability preflight against a real DNS server on 127.0.0.1 (dnslib): SPF
pass / fail / too many lookups, DMARC missing / none / reject, MX, DKIM, a free-mail From
through another relay, a DNS server that does not answer, limits and Gmail's bulk line."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

from servers.dnsserver import DnsServer

from composer.merge.dnschecks import make_resolver
from composer.merge.preflight import Finding, daily_limit, preflight, sending_plan

ROOT = Path(__file__).resolve().parents[2]


def by_check(findings: list[Finding]) -> dict[str, Finding]:
    return {f.check: f for f in findings}


def test_a_well_set_up_domain_passes(dns_server: object) -> None:
    dns = dns_server
    dns.zone(  # type: ignore[attr-defined]
        """
        smtp.good.test.   IN A   127.0.0.7
        relay.good.test.  IN A   127.0.0.7
        good.test.        IN TXT "v=spf1 include:_spf.good.test -all"
        _spf.good.test.   IN TXT "v=spf1 a:relay.good.test ~all"
        _dmarc.good.test. IN TXT "v=DMARC1; p=reject; aspf=s"
        good.test.        IN MX  10 mx.good.test.
        k7._domainkey.good.test. IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkq"
        """
    )
    found = by_check(
        preflight(
            from_email="Office <office@good.test>",
            host="smtp.good.test",
            resolver=make_resolver(f"127.0.0.1:{dns.port}"),  # type: ignore[attr-defined]
            selectors=["k7"],
        )
    )
    assert {k: f.level for k, f in found.items()} == {
        "SPF": "ok", "DMARC": "ok", "MX": "ok", "DKIM": "ok"
    }  # fmt: skip
    assert "authorises smtp.good.test" in found["SPF"].text
    assert "2 of 10 lookups" in found["SPF"].text
    assert "policy “reject”" in found["DMARC"].text
    assert "strict" in found["DMARC"].text
    assert "(k7)" in found["DKIM"].text


def test_a_server_the_domain_does_not_authorise_and_no_dmarc(dns_server: object) -> None:
    dns = dns_server
    dns.zone(  # type: ignore[attr-defined]
        """
        smtp.other.test.  IN A   127.0.0.8
        bad.test.         IN TXT "v=spf1 ip4:192.0.2.0/24 -all"
        """
    )
    found = by_check(
        preflight(
            from_email="news@bad.test",
            host="smtp.other.test",
            resolver=make_resolver(f"127.0.0.1:{dns.port}"),  # type: ignore[attr-defined]
        )
    )
    assert found["SPF"].level == "bad"
    assert "does not authorise smtp.other.test (fail)" in found["SPF"].text
    assert found["DMARC"].level == "bad"
    assert "no DMARC record" in found["DMARC"].text
    assert found["MX"].level == "warn"
    assert found["DKIM"].level == "warn"


def test_more_than_ten_lookups_breaks_spf_and_dmarc_none_is_named(dns_server: object) -> None:
    dns = dns_server
    lines = ['many.test. IN TXT "v=spf1 include:i0.many.test -all"']
    for i in range(12):
        lines.append(f'i{i}.many.test. IN TXT "v=spf1 include:i{i + 1}.many.test -all"')
    lines.append('i12.many.test. IN TXT "v=spf1 ip4:127.0.0.9 -all"')
    lines.append('_dmarc.many.test. IN TXT "v=DMARC1; p=none"')
    dns.zone("\n".join(lines))  # type: ignore[attr-defined]
    found = by_check(
        preflight(
            from_email="a@many.test",
            host="127.0.0.9",
            resolver=make_resolver(f"127.0.0.1:{dns.port}"),  # type: ignore[attr-defined]
        )
    )
    assert found["SPF"].level == "bad"
    assert "more than 10 DNS lookups" in found["SPF"].text
    assert "policy “none”" in found["DMARC"].text


def test_a_freemail_from_through_another_relay_is_refused() -> None:
    # A server of this test's own: real providers' names must not reach the shared one,
    # whose other tests check that nothing asked about them.
    with DnsServer() as dns:
        dns.zone("relay.company.test. IN A 127.0.0.10")
        found = preflight(
            from_email="Kim <kim.parent@naver.com>",
            host="relay.company.test",
            resolver=make_resolver(f"127.0.0.1:{dns.port}", timeout=0.5),
        )
        ok = preflight(
            from_email="kim.parent@naver.com",
            host="smtp.naver.com",
            resolver=make_resolver(f"127.0.0.1:{dns.port}", timeout=0.5),
        )
    (freemail,) = [f for f in found if f.check == "From"]
    assert freemail.level == "bad"
    assert "a naver.com address, but the mail goes through relay.company.test" in freemail.text
    assert not [f for f in ok if f.check == "From"]


def test_a_dns_server_that_does_not_answer_is_could_not_check(dns_server: object) -> None:
    dns = dns_server
    dns.silence("silent.test")  # type: ignore[attr-defined]
    found = preflight(
        from_email="a@silent.test",
        host="127.0.0.11",
        resolver=make_resolver(f"127.0.0.1:{dns.port}", timeout=0.3),  # type: ignore[attr-defined]
    )
    assert [f.level for f in found] == ["unknown"] * 4
    assert all(f.text.startswith("could not check") for f in found)


def test_the_daily_limit_becomes_a_plan_and_gmail_bulk_is_explained() -> None:
    assert daily_limit("smtp.gmail.com") == 500
    assert daily_limit("mail.unknown.test") is None
    # the provider key (a Workspace account shares Gmail's server) and the provider table's
    # stricter number (Outlook.com counts recipients)
    assert daily_limit("smtp.gmail.com", "google-workspace") == 2000
    assert daily_limit("smtp-mail.outlook.com") == 5000
    now = datetime.datetime(2026, 12, 4, 15, 0)
    assert sending_plan(1200, 500, 300, now) == [
        (datetime.date(2026, 12, 4), 200),
        (datetime.date(2026, 12, 5), 500),
        (datetime.date(2026, 12, 6), 500),
    ]
    assert sending_plan(3000, 1800, 1800, now)[0] == (datetime.date(2026, 12, 5), 1800)
    with DnsServer() as dns:  # of its own, as above
        dns.silence("gmail.com")
        found = by_check(
            preflight(
                from_email="me@gmail.com",
                host="smtp.gmail.com",
                resolver=make_resolver(f"127.0.0.1:{dns.port}", timeout=0.2),
                recipients=[f"p{i}@gmail.com" for i in range(4800)] + ["x@naver.com"],
                sent_today=300,
                now=now,
            )
        )
    assert "This merge of 4,801: 200 on 2026-12-04, 500 on 2026-12-05" in found["Limit"].text
    assert "one-click unsubscribe (RFC 8058)" in found["Gmail"].text
    assert "has none" in found["Gmail"].text


def test_composer_preflight_prints_every_check(
    dns_server: object, tmp_path: Path, composer_home: Path
) -> None:
    dns = dns_server
    dns.zone(  # type: ignore[attr-defined]
        """
        smtp.cli.test.   IN A   127.0.0.12
        cli.test.        IN TXT "v=spf1 a:smtp.cli.test -all"
        _dmarc.cli.test. IN TXT "v=DMARC1; p=quarantine"
        """
    )
    env = dict(os.environ, COMPOSER_HOME=str(composer_home), PYTHONPATH=str(ROOT))

    def composer(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "composer", *args],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip

    added = composer(
        "profiles", "add", "School", "--host", "smtp.cli.test", "--from-address",
        "office@cli.test", "--activate",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    data = tmp_path / "p.csv"
    data.write_text("email\na@gmail.com\nb@cli.test\n", encoding="utf-8")
    template = tmp_path / "t.eml"
    template.write_text("From: office@cli.test\nTo: {{ email }}\nSubject: x\n\nHi\n")
    run = composer(
        "preflight", "--dns-server", f"127.0.0.1:{dns.port}",  # type: ignore[attr-defined]
        "--merge", str(data), str(template),
    )  # fmt: skip
    out = run.stdout + run.stderr
    assert "Preflight of “School” (office@cli.test through smtp.cli.test)" in out
    assert "[ok  ] SPF: cli.test authorises smtp.cli.test" in out
    assert "policy “quarantine”" in out
    assert "[warn] MX" in out
    assert run.returncode == 0, out


def test_a_dns_server_that_does_not_answer_is_waited_for_once(dns_server: object) -> None:
    """After the first query times out, the other checks (DMARC, MX, eleven DKIM selectors)
    say "could not check" at once instead of each waiting the whole timeout again."""
    dns = dns_server
    dns.silence("mute.test")  # type: ignore[attr-defined]
    found = preflight(
        from_email="a@mute.test",
        host="127.0.0.11",
        resolver=make_resolver(f"127.0.0.1:{dns.port}", timeout=0.3),  # type: ignore[attr-defined]
        selectors=["s1", "s2"],
    )
    assert [f.level for f in found] == ["unknown"] * 4
    asked = {name for name, _type in dns.asked("mute.test")}  # type: ignore[attr-defined]
    assert asked == {"mute.test."}
