"""The debugging server's DATA command: each message goes to a temporary file as it arrives.

aiosmtpd keeps a message's lines in a list and then joins them (about ten times the
message in memory for a large one), and its size limit is all or nothing. Here every line
is written to a temporary file at once (kept in memory only up to 1 MiB), with RFC 5321
dot-unstuffing, and a message over the size limit is read to its end, dropped and
answered with a 552 that says what to do. The handler then reads the message from that
file. Imported only when the server runs (it imports aiosmtpd).
"""

from __future__ import annotations

import asyncio
import tempfile
from typing import TYPE_CHECKING, BinaryIO, Protocol

from aiosmtpd.smtp import SMTP, syntax

if TYPE_CHECKING:
    from aiosmtpd.smtp import Envelope, Session

__all__ = ["Spool", "SpoolingSMTP"]

# Up to this size a message stays in memory; above it, in a temporary file.
_IN_MEMORY = 1024 * 1024


class Spool:
    """One message as it is received: its bytes in a temporary file, and what was seen."""

    def __init__(self, limit: int | None) -> None:
        # Closed by close(), whatever happens to the message.
        self.file: BinaryIO = tempfile.SpooledTemporaryFile(  # type: ignore[assignment]  # noqa: SIM115
            max_size=_IN_MEMORY, prefix="composer-devserver-"
        )
        self.limit = limit
        self.size = 0  # bytes received, kept or not
        self.eight_bit = False
        self.too_big = False
        self.line_too_long = False

    def add(self, line: bytes) -> None:
        """Keep one line of DATA (with its CRLF), the leading dot of a stuffed line removed."""
        if line.startswith(b"."):
            line = line[1:]
        self.size += len(line)
        if self.too_big or self.line_too_long:
            return
        if self.limit and self.size > self.limit:
            self.too_big = True
            self.file.truncate(0)  # nothing of it is needed any more
            return
        if not self.eight_bit and not line.isascii():
            self.eight_bit = True
        self.file.write(line)

    def close(self) -> None:
        self.file.close()


class SpooledDataHandler(Protocol):
    """What :class:`SpoolingSMTP` needs from its handler."""

    async def handle_spooled_DATA(
        self, server: SMTP, session: Session, envelope: Envelope, spool: Spool
    ) -> str: ...

    async def handle_too_big(self, server: SMTP, session: Session, spool: Spool) -> None: ...


class SpoolingSMTP(SMTP):
    """aiosmtpd's SMTP with a DATA command that streams the message to a :class:`Spool`.

    ``data_size_limit`` (announced with the SIZE extension by aiosmtpd, which also refuses
    a larger ``MAIL FROM ... SIZE=``) is enforced here for the data itself.
    """

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        spool = Spool(self.data_size_limit)
        try:
            await self._receive(spool)
            handler: SpooledDataHandler = self.event_handler
            assert self.session is not None
            if spool.line_too_long:
                status = "500 Line too long (see RFC5321 4.5.3.1.6)"
            elif spool.too_big:
                await handler.handle_too_big(self, self.session, spool)
                status = (
                    f"552 5.3.4 Message too big: {spool.size:,} bytes, over this server's "
                    f"limit of {spool.limit:,} bytes (start composer devserver with a larger "
                    "--max-size, or 0 for no limit)"
                )
            else:
                spool.file.seek(0)
                status = await handler.handle_spooled_DATA(self, self.session, self.envelope, spool)
        finally:
            spool.close()
        self._set_post_data_state()  # type: ignore[no-untyped-call]
        await self.push(status)

    async def _receive(self, spool: Spool) -> None:
        """Read DATA lines up to the lone dot into *spool*."""
        fragment = False  # inside a line longer than the stream's limit
        while self.transport is not None:
            try:
                line = await self._reader.readuntil(b"\r\n")
            except asyncio.LimitOverrunError as exc:
                # Like aiosmtpd: a line over 1,000 octets is read to its end and refused.
                spool.line_too_long = True
                await self._reader.readexactly(exc.consumed)
                fragment = True
                continue
            except asyncio.CancelledError:
                self._writer.close()  # the connection went away during DATA
                raise
            if line == b".\r\n" and not fragment:
                return
            if fragment:
                fragment = False
                continue
            spool.add(line)
