"""What detection found, where it came from, and how far to trust it. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from composer.i18n import translate
from composer.profiles.parts import AuthMethod, OAuthProvider
from composer.profiles.providertable import ServerEntry

__all__ = ["Finding", "Source", "StepReport", "StepStatus"]


class Source(StrEnum):
    """Where a finding came from, in the order detection asks."""

    TABLE = "table"
    AUTOCONFIG = "autoconfig"
    SRV = "srv"
    MX = "mx"
    GUESS = "guess"

    @property
    def label(self) -> str:
        return {
            Source.TABLE: translate("Detect", "Composer's list of providers"),
            Source.AUTOCONFIG: translate("Detect", "the domain's autoconfig document"),
            Source.SRV: translate("Detect", "the domain's DNS SRV records"),
            Source.MX: translate("Detect", "the domain's MX records"),
            Source.GUESS: translate("Detect", "a guess, checked by connecting"),
        }[self]


@dataclass(frozen=True)
class Finding:
    """Server settings for an address, with their source.

    ``where`` names the exact place (a URL, a DNS name, a host that answered).
    ``untrusted_hosts`` lists servers outside the address's domain and outside every known
    provider: a document or a DNS answer may name them, but the user must agree before
    a password goes there.
    """

    source: Source
    where: str
    smtp: ServerEntry | None
    imap: ServerEntry | None = None
    username: str = ""
    auth: AuthMethod = AuthMethod.PASSWORD
    oauth: OAuthProvider | None = None
    oauth_tenant: str = ""
    provider: str = ""  # a key of composer.profiles.providertable, "" for none
    provider_name: str = ""
    untrusted_hosts: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def needs_confirmation(self) -> bool:
        """Whether the user must agree to trust a server of another domain first."""
        return bool(self.untrusted_hosts)

    def with_imap(self, imap: ServerEntry | None) -> Finding:
        return replace(self, imap=imap)


class StepStatus(StrEnum):
    RUNNING = "running"
    FOUND = "found"
    NOTHING = "nothing"  # asked, nothing there: the next source is asked
    FAILED = "failed"  # could not ask (timeout, bad document): said, then the next source
    SKIPPED = "skipped"


@dataclass(frozen=True)
class StepReport:
    """One step of detection as it happens: which source, what became of it, in words."""

    source: Source
    status: StepStatus
    detail: str = ""
