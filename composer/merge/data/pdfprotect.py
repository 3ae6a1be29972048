"""Protecting a row's PDF attachments with a password from the data (AES-256, pypdf).

Payslips and report cards go out as PDFs only their recipient can open: the password is
taken from a column (a birth date, a staff number) and the file is encrypted as the
message is built, in memory; the file on disk is never changed. The password lives only
in the row's values and in the built PDF (as the standard's salted hashes, never as text):
it is not in the ledger, the log, an error or a results copy.

The owner password (what a PDF reader asks before allowing edits) is random and thrown
away, so nobody can lift the restriction with a password the user never chose.
"""

from __future__ import annotations

import io
import secrets

from composer.i18n import translate

__all__ = ["PdfProtectError", "is_pdf_name", "protect_pdf"]


class PdfProtectError(ValueError):
    """A PDF cannot be protected; the message names the file, never the password."""


def is_pdf_name(name: str) -> bool:
    return name.lower().endswith(".pdf")


def protect_pdf(content: bytes, password: str, name: str) -> bytes:
    """*content* (the PDF file *name*) encrypted with AES-256 so that opening it asks for
    *password*.

    Raises:
        PdfProtectError: the file is not a PDF pypdf can read, or is already protected.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            raise PdfProtectError(
                translate(
                    "MergePdf",
                    "{name} is already protected with a password of its own; save it without "
                    "one so that Composer can protect it with the row's password",
                ).format(name=name)
            )
        writer = PdfWriter(clone_from=reader)
        writer.encrypt(
            user_password=password,
            owner_password=secrets.token_urlsafe(24),
            algorithm="AES-256",
        )
        out = io.BytesIO()
        writer.write(out)
    except PdfProtectError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        raise PdfProtectError(
            translate(
                "MergePdf", "{name} cannot be protected: it is not a PDF file Composer can read"
            ).format(name=name)
        ) from None  # the library's words may quote the file; the name says enough
    return out.getvalue()
