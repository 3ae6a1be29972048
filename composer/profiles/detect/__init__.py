"""Finding an account's SMTP and IMAP settings from its email address (issue 13). No Qt.

:func:`detect` asks, in turn, Composer's table of providers
(:mod:`composer.profiles.providertable`), the domain's autoconfig document
(:mod:`.autoconfig`), its DNS SRV and MX records (:mod:`.dnsquery`), and last probes a
guess (:mod:`.probe`); :mod:`.apply` turns the :class:`Finding` into a profile. Where it
asks is set by :class:`DetectOptions` (tests point it at 127.0.0.1).
"""

from composer.profiles.detect.options import DetectOptions, ProbeTarget
from composer.profiles.detect.result import Finding, Source, StepReport, StepStatus
from composer.profiles.detect.run import (
    Detection,
    InvalidAddress,
    NothingFound,
    detect,
    split_address,
)

__all__ = [
    "DetectOptions",
    "Detection",
    "Finding",
    "InvalidAddress",
    "NothingFound",
    "ProbeTarget",
    "Source",
    "StepReport",
    "StepStatus",
    "detect",
    "split_address",
]
