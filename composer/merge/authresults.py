"""What a receiving server judged of a delivered message: its ``Authentication-Results``.

A receiving mail server records how it judged a message's SPF, DKIM and DMARC in an
``Authentication-Results`` header field (RFC 8601) at the top of the message. Reading it
back from a test sent to oneself is the only sure DKIM check a desktop program can make:
DKIM signing is done by the sending server, invisibly, and only the receiver knows whether
the signature verified.

:func:`parse_authentication_results` reads one field value (comments, quoted strings,
``reason=`` and properties such as ``header.d=``); :func:`judge` keeps the fields the
nearest receiving server added (the topmost ones with its ``authserv-id``: fields further
down came from earlier hops, or were forged by the sender, and are not trusted);
:func:`verdict_words` says the outcome in plain words, with what to do for each result
that is not a pass. No Qt here.
"""

from __future__ import annotations

import email.message
from collections.abc import Sequence
from dataclasses import dataclass, field

from composer.i18n import translate

__all__ = [
    "AuthResult",
    "AuthResults",
    "Verdict",
    "all_passed",
    "judge",
    "parse_authentication_results",
    "verdict_words",
]

METHODS = ("spf", "dkim", "dmarc")


@dataclass(frozen=True)
class AuthResult:
    """One ``method=result`` of a field, with its reason and properties (``header.d``, ...)."""

    method: str
    result: str
    reason: str = ""
    properties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuthResults:
    """One ``Authentication-Results`` field: who judged, and what."""

    authserv_id: str
    results: tuple[AuthResult, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """The nearest receiving server's judgement: method -> its result (None: not reported)."""

    authserv_id: str
    results: dict[str, AuthResult | None]


def _strip_comments(text: str) -> str:
    """*text* without its (possibly nested) comments; quoted strings kept as they are."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for ch in text:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\" and (quoted or depth):
            escaped = True
            if depth == 0:
                out.append(ch)
            continue
        if quoted:
            out.append(ch)
            if ch == '"':
                quoted = False
            continue
        if ch == "(":
            depth += 1
            out.append(" ")
            continue
        if ch == ")" and depth:
            depth -= 1
            continue
        if depth:
            continue
        if ch == '"':
            quoted = True
        out.append(ch)
    return "".join(out)


def _split(text: str, separators: str) -> list[str]:
    """*text* split at any of *separators* outside quoted strings; parts stripped."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    escaped = False
    for ch in text:
        if escaped:
            current.append(ch)
            escaped = False
        elif quoted and ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == '"':
            quoted = not quoted
            current.append(ch)
        elif not quoted and ch in separators:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return parts


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        inner = value[1:-1]
        out: list[str] = []
        escaped = False
        for ch in inner:
            if escaped:
                out.append(ch)
                escaped = False
            elif ch == "\\":
                escaped = True
            else:
                out.append(ch)
        return "".join(out)
    return value


def _tokens(text: str) -> list[str]:
    """The ``name=value`` words of a result, spaces around ``=``, ``/`` and ``.`` closed up."""
    words = [w for w in _split(text, " \t\r\n") if w]
    joined: list[str] = []
    for word in words:
        if joined and (word[0] in "=/." or joined[-1][-1] in "=/."):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def parse_authentication_results(value: str) -> AuthResults | None:
    """One field's value, parsed; None when it is not an Authentication-Results value."""
    text = " ".join(_strip_comments(value).split())
    segments = _split(text, ";")
    head = segments[0].split()
    if not head:
        return None
    authserv_id = _unquote(head[0]).lower()
    results: list[AuthResult] = []
    for segment in segments[1:]:
        if not segment or segment.lower() == "none":
            continue
        words = _tokens(segment)
        method_word = words[0]
        if "=" not in method_word:
            continue
        method, _, result = method_word.partition("=")
        method = method.partition("/")[0].strip().lower()
        result = result.strip().lower()
        if not method or not result:
            continue
        reason = ""
        properties: dict[str, str] = {}
        for word in words[1:]:
            name, eq, pvalue = word.partition("=")
            if not eq:
                continue
            name = name.lower()
            if name == "reason":
                reason = _unquote(pvalue)
            elif "." in name:
                properties[name] = _unquote(pvalue)
        results.append(AuthResult(method, result, reason, properties))
    return AuthResults(authserv_id, tuple(results))


def _fields(message: email.message.Message | Sequence[str]) -> list[str]:
    if isinstance(message, email.message.Message):
        return [str(v) for v in message.get_all("Authentication-Results") or []]
    return list(message)


def judge(message: email.message.Message | Sequence[str]) -> Verdict | None:
    """The judgement of the nearest receiving server: the topmost fields (in the order a
    message carries them: the newest first) sharing the first one's authserv-id. None
    when the message carries no such field."""
    parsed = [p for p in (parse_authentication_results(v) for v in _fields(message)) if p]
    if not parsed:
        return None
    nearest = parsed[0].authserv_id
    mine: list[AuthResult] = []
    for fields in parsed:
        if fields.authserv_id != nearest:
            break  # an earlier hop's (or the sender's own): not the receiver's word
        mine += fields.results
    results: dict[str, AuthResult | None] = {}
    for method in METHODS:
        found = [r for r in mine if r.method == method]
        # Several DKIM signatures: one that verifies is what counts.
        results[method] = next((r for r in found if r.result == "pass"), None) or (
            found[0] if found else None
        )
    return Verdict(nearest, results)


def _explain(method: str, found: AuthResult | None) -> str:
    if found is None:
        return translate("AuthResults", "{method} not reported").format(method=method.upper())
    r = found.result
    domain = found.properties.get("header.d") or found.properties.get("header.i", "")
    words: dict[tuple[str, str], str] = {
        ("spf", "pass"): translate(
            "AuthResults", "the server Composer sent through may send for your domain"
        ),
        ("spf", "fail"): translate(
            "AuthResults",
            "your domain's SPF record does not list the server Composer sent through: "
            "add it (or its provider's include:) to the record",
        ),
        ("spf", "softfail"): translate(
            "AuthResults",
            "your domain's SPF record does not list the server Composer sent through: "
            "add it (or its provider's include:) to the record",
        ),
        ("spf", "none"): translate(
            "AuthResults", "your domain publishes no SPF record: ask whoever runs it to add one"
        ),
        ("spf", "neutral"): translate(
            "AuthResults", "your SPF record neither allows nor forbids the server: list it"
        ),
        ("dkim", "pass"): translate("AuthResults", "the message is signed by {domain}").format(
            domain=domain or "?"
        ),
        ("dkim", "none"): translate(
            "AuthResults",
            "the message is not signed: ask your mail provider to sign mail for your "
            "domain with DKIM",
        ),
        ("dkim", "fail"): translate(
            "AuthResults",
            "a signature did not verify: the key published in the DNS does not match, or "
            "the message was changed on the way",
        ),
        ("dkim", "neutral"): translate(
            "AuthResults",
            "a signature could not be used: ask your mail provider to check its DKIM set-up",
        ),
        ("dmarc", "pass"): translate(
            "AuthResults", "SPF or DKIM passed for the domain in your From address"
        ),
        ("dmarc", "fail"): translate(
            "AuthResults",
            "neither SPF nor DKIM passed for the domain in your From address: receivers that "
            "follow your policy reject this mail or file it as spam",
        ),
        ("dmarc", "none"): translate(
            "AuthResults",
            "your domain publishes no DMARC policy: since 2024 Gmail and Yahoo require one "
            "from bulk senders",
        ),
    }
    if r in ("temperror", "permerror"):
        why = translate(
            "AuthResults",
            "the receiving server could not read your domain's record ({error}); check it, "
            "then send another test",
        ).format(error=r)
    else:
        why = words.get((method, r), "")
    if found.reason:
        why = f"{why}; {found.reason}" if why else found.reason
    head = f"{method.upper()} {r}"
    return f"{head} ({why})" if why else head


def verdict_words(verdict: Verdict | None) -> str:
    """The judgement in one paragraph of plain words."""
    if verdict is None:
        return translate(
            "AuthResults",
            "The test arrived, but the receiving server added no Authentication-Results "
            "header, so it did not say how it judged SPF, DKIM and DMARC. Send a test to an "
            "address at a large provider (Gmail, Outlook.com, Naver) and read the message's "
            "original there.",
        )
    parts = [_explain(method, verdict.results.get(method)) for method in METHODS]
    return translate("AuthResults", "Your receiving server ({server}) judged: {results}.").format(
        server=verdict.authserv_id, results=", ".join(parts)
    )


def all_passed(verdict: Verdict | None) -> bool:
    """SPF, DKIM and DMARC all passed."""
    return verdict is not None and all(
        (found := verdict.results.get(m)) is not None and found.result == "pass" for m in METHODS
    )
