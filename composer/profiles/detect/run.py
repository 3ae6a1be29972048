"""Detection from an email address: each source in turn, until one gives an SMTP server.

The order is the issue's: Composer's table of providers, the domain's autoconfig document
(two URLs), DNS SRV records, the domain's MX (a known provider behind a custom domain), and
last a guess (``smtp.<domain>``, ``mail.<domain>``) checked by connecting. Each step reports
as it starts and ends (:class:`StepReport`), is bounded by the run's timeout and stops at
once when the :class:`CancelToken` is cancelled. A failed step (no DNS answer, a malformed
document) is reported and the next source is asked; nothing found at all is a
:class:`NothingFound` with what to do. No Qt here: the CLI calls :func:`detect` directly,
the assistant through :mod:`composer.ui.tasks`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from composer.errors import CancelToken, ComposerError, UserMessage
from composer.i18n import translate
from composer.profiles.checks import is_valid_host
from composer.profiles.detect import autoconfig, dnsquery, probe
from composer.profiles.detect.options import DetectOptions, ProbeTarget
from composer.profiles.detect.result import Finding, Source, StepReport, StepStatus
from composer.profiles.parts import AuthMethod, OAuthProvider, Security
from composer.profiles.providertable import (
    ProviderEntry,
    ServerEntry,
    entry_for_address,
    entry_for_host,
    entry_for_mx,
    is_provider_host,
)

__all__ = ["Detection", "InvalidAddress", "NothingFound", "detect", "split_address"]

Progress = Callable[[StepReport], None]


class InvalidAddress(ComposerError, ValueError):
    """The text is not one email address."""


class NothingFound(ComposerError):
    """No source gave an SMTP server for the address."""


@dataclass
class Detection:
    """The settings found (or None), with what each step did."""

    address: str
    finding: Finding | None
    steps: list[StepReport] = field(default_factory=list)


def split_address(address: str) -> tuple[str, str]:
    """(local part, domain) of *address*, the domain in lower case and in ASCII (IDNA).

    Raises:
        InvalidAddress: not one plain address (``name@domain.tld``).
    """
    text = address.strip()
    local, at, domain = text.rpartition("@")
    bad = (
        not at
        or not local
        or any(c.isspace() or c in '<>,;"()[]\\' for c in text)
        or "." not in domain.strip(".")
    )
    ascii_domain = ""
    if not bad:
        try:
            ascii_domain = domain.rstrip(".").encode("idna").decode("ascii").lower()
        except UnicodeError:
            bad = True
    if bad or not is_valid_host(ascii_domain):
        raise InvalidAddress(
            translate("Detect", "{text!r} is not an email address.").format(text=text),
            translate("Detect", "Enter the whole address, like kim@example.com."),
        )
    return local, ascii_domain


def _from_entry(e: ProviderEntry, address: str, source: Source, where: str) -> Finding:
    return Finding(
        source=source,
        where=where,
        smtp=e.smtp,
        imap=e.imap,
        username=e.username_for(address),
        auth=e.auth,
        oauth=e.oauth,
        oauth_tenant=e.oauth_tenant,
        provider=e.key,
        provider_name=e.name,
    )


def _outside(hosts: list[str], domain: str) -> tuple[str, ...]:
    """Hosts neither under *domain* nor a known provider's: the user must agree first."""
    return tuple(
        h
        for h in hosts
        if not (h == domain or h.endswith("." + domain)) and not is_provider_host(h)
    )


class _Run:
    def __init__(
        self, address: str, options: DetectOptions, token: CancelToken, progress: Progress | None
    ) -> None:
        self.address = address.strip()
        self.local, self.domain = split_address(address)
        self.options = options
        self.token = token
        self.progress = progress
        self.steps: list[StepReport] = []

    def report(self, source: Source, status: StepStatus, detail: str = "") -> None:
        step = StepReport(source, status, detail)
        if status is not StepStatus.RUNNING:
            self.steps.append(step)
        if self.progress is not None:
            self.progress(step)

    def found(self, finding: Finding) -> Finding:
        where = finding.where
        detail = translate("Detect", "{host} port {port} ({security}), from {where}").format(
            host=finding.smtp.host if finding.smtp else "",
            port=finding.smtp.port if finding.smtp else "",
            security=finding.smtp.security.label if finding.smtp else "",
            where=where,
        )
        self.report(finding.source, StepStatus.FOUND, detail)
        return finding

    # -- the steps ---------------------------------------------------------------------------

    def table(self) -> Finding | None:
        e = entry_for_address(self.address)
        if e is None:
            self.report(
                Source.TABLE,
                StepStatus.NOTHING,
                translate("Detect", "{domain} is not in the list").format(domain=self.domain),
            )
            return None
        return self.found(_from_entry(e, self.address, Source.TABLE, e.name))

    def autoconfig(self) -> Finding | None:
        for url in self.options.autoconfig_urls(self.domain, self.address):
            self.token.check()
            try:
                data = autoconfig.fetch_document(url, self.options, self.token)
                servers = autoconfig.parse_document(data, self.address, url)
            except autoconfig.NotFound:
                continue
            except (autoconfig.AutoconfigError, dnsquery.DnsFailure) as exc:
                self.token.check()
                self.report(Source.AUTOCONFIG, StepStatus.FAILED, _words(exc.message))
                continue
            assert servers.smtp is not None
            hosts = [servers.smtp.host] + ([servers.imap.host] if servers.imap else [])
            known = entry_for_host(servers.smtp.host)
            return self.found(
                Finding(
                    source=Source.AUTOCONFIG,
                    where=url,
                    smtp=servers.smtp,
                    imap=servers.imap,
                    username=servers.username or self.address,
                    auth=servers.auth if known is None else known.auth,
                    oauth=_oauth_for(servers.auth, known),
                    oauth_tenant=known.oauth_tenant if known else "",
                    provider=known.key if known else "",
                    provider_name=known.name if known else "",
                    untrusted_hosts=_outside(hosts, self.domain),
                )
            )
        self.report(Source.AUTOCONFIG, StepStatus.NOTHING, translate("Detect", "no document"))
        return None

    def srv(self) -> Finding | None:
        d, opts = self.domain, self.options
        smtp: ServerEntry | None = None
        where = ""
        for service, security in (("submissions", Security.SSL), ("submission", Security.STARTTLS)):
            targets = dnsquery.srv_targets(service, d, opts, self.token)
            if targets:
                smtp = ServerEntry(targets[0].host, targets[0].port, security)
                where = f"_{service}._tcp.{d}"
                break
        if smtp is None:
            self.report(Source.SRV, StepStatus.NOTHING, translate("Detect", "no SRV records"))
            return None
        imap: ServerEntry | None = None
        for service, security in (("imaps", Security.SSL), ("imap", Security.STARTTLS)):
            targets = dnsquery.srv_targets(service, d, opts, self.token)
            if targets:
                imap = ServerEntry(targets[0].host, targets[0].port, security)
                break
        hosts = [smtp.host] + ([imap.host] if imap else [])
        known = entry_for_host(smtp.host)
        return self.found(
            Finding(
                source=Source.SRV,
                where=where,
                smtp=smtp,
                imap=imap,
                username=self.address,
                auth=known.auth if known else AuthMethod.PASSWORD,
                oauth=known.oauth if known else None,
                oauth_tenant=known.oauth_tenant if known else "",
                provider=known.key if known else "",
                provider_name=known.name if known else "",
                untrusted_hosts=_outside(hosts, d),
            )
        )

    def mx(self) -> Finding | None:
        hosts = dnsquery.mx_hosts(self.domain, self.options, self.token)
        e = entry_for_mx(hosts)
        if e is None:
            detail = (
                translate("Detect", "{host} is not a provider Composer knows").format(host=hosts[0])
                if hosts
                else translate("Detect", "no MX records")
            )
            self.report(Source.MX, StepStatus.NOTHING, detail)
            return None
        return self.found(_from_entry(e, self.address, Source.MX, f"MX {hosts[0]}"))

    def guess(self) -> Finding | None:
        d, opts = self.domain, self.options
        smtp, where = self._probe(("smtp", "mail"), opts.smtp_probes, probe.probe_smtp)
        if smtp is None:
            self.report(
                Source.GUESS,
                StepStatus.NOTHING,
                translate(
                    "Detect", "no mail server answered at smtp.{domain} or mail.{domain}"
                ).format(domain=d),
            )
            return None
        imap, _where = self._probe(("imap", "mail"), opts.imap_probes, probe.probe_imap)
        return self.found(
            Finding(source=Source.GUESS, where=where, smtp=smtp, imap=imap, username=self.address)
        )

    def _probe(
        self,
        prefixes: tuple[str, ...],
        targets: tuple[ProbeTarget, ...],
        check: Callable[[str, str, ProbeTarget, float, CancelToken], str],
    ) -> tuple[ServerEntry | None, str]:
        for prefix in prefixes:
            host = f"{prefix}.{self.domain}"
            ips = dnsquery.addresses(host, self.options, self.token)
            for ip in ips[:1]:
                for target in targets:
                    try:
                        greeting = check(ip, host, target, self.options.timeout, self.token)
                    except probe.ProbeFailed:
                        continue
                    server = ServerEntry(host, target.port, target.security)
                    return server, f"{host}: {greeting}"
        return None, ""


def _oauth_for(auth: AuthMethod, known: ProviderEntry | None) -> OAuthProvider | None:
    if known is not None:
        return known.oauth
    return OAuthProvider.CUSTOM if auth is AuthMethod.OAUTH2 else None


def _words(message: UserMessage) -> str:
    return message.what


def detect(
    address: str,
    options: DetectOptions | None = None,
    token: CancelToken | None = None,
    progress: Progress | None = None,
) -> Detection:
    """Find the SMTP (and IMAP) settings of *address*; see the module docstring.

    Raises:
        InvalidAddress: *address* is not an email address.
        NothingFound: no source gave an SMTP server.
        Cancelled: the token was cancelled.
    """
    options = options or DetectOptions.from_environment()
    token = token or CancelToken()
    run = _Run(address, options, token, progress)
    steps: list[tuple[Source, Callable[[], Finding | None]]] = [
        (Source.TABLE, run.table),
        (Source.AUTOCONFIG, run.autoconfig),
        (Source.SRV, run.srv),
        (Source.MX, run.mx),
        (Source.GUESS, run.guess),
    ]
    for source, step in steps:
        token.check()
        if source.value in options.skip:
            continue
        run.report(source, StepStatus.RUNNING)
        try:
            finding = step()
        except dnsquery.DnsFailure as exc:
            token.check()
            run.report(source, StepStatus.FAILED, exc.message.what)
            continue
        if finding is not None:
            return Detection(run.address, finding, run.steps)
    failed = [s for s in run.steps if s.status is StepStatus.FAILED]
    raise NothingFound(
        translate("Detect", "Composer could not find the mail servers of {domain}.").format(
            domain=run.domain
        ),
        translate(
            "Detect",
            "Enter the SMTP server by hand: your provider's help pages list it "
            "(often smtp.{domain}, port 587 with STARTTLS).",
        ).format(domain=run.domain),
        "\n".join(f"{s.source}: {s.detail}" for s in failed),
    )
