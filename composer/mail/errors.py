"""The exceptions :mod:`composer.mail` raises, in one place.

::

    Exception
    ├── ImproperlyConfigured             the library is set up wrongly (conf.py)
    ├── ValueError                       also: an address that is not one plain path
    │   └── BadHeaderError               a header would hold a line break or NUL (safety.py)
    └── OSError
        └── smtplib.SMTPException        every SMTP failure; fail_silently covers these
            ├── PlaintextAuthError       AUTH refused on an unencrypted connection
            ├── smtplib.SMTPAuthenticationError
            │   └── OAuth2TokenRefused   the server refused an OAuth 2.0 token (oauth2.py)
            └── smtplib.SMTPNotSupportedError   also: 8-bit data that cannot go 7-bit
                ├── SMTPUTF8RequiredError   an address needs SMTPUTF8, the server lacks it
                └── OAuth2NotOfferedError   no OAUTHBEARER/XOAUTH2 offered (oauth2.py)

Everything else from the standard library passes through unchanged, as in Django:
``smtplib.SMTPRecipientsRefused``, ``ssl.SSLCertVerificationError``,
``ConnectionRefusedError``, ``TimeoutError``, ``FileNotFoundError`` from ``attach_file``,
``ImportError`` from a bad backend path.
"""

from __future__ import annotations

import smtplib

from composer.mail.conf import ImproperlyConfigured
from composer.mail.message import BadHeaderError

__all__ = ["BadHeaderError", "ImproperlyConfigured", "PlaintextAuthError", "SMTPUTF8RequiredError"]


class PlaintextAuthError(smtplib.SMTPException):
    """The backend refused to send a password over an unencrypted connection.

    Raised before AUTH when neither STARTTLS (``use_tls``) nor implicit TLS (``use_ssl``)
    protects the connection and the server is not on this machine. Enable TLS, or set
    ``EMAIL_ALLOW_PLAINTEXT_AUTH = True`` (``allow_plaintext_auth=True``) to accept the risk.
    """


class SMTPUTF8RequiredError(smtplib.SMTPNotSupportedError):
    """An address has a non-ASCII local part and the server does not offer SMTPUTF8."""

    def __init__(self, address: str, host: str) -> None:
        self.address = address
        super().__init__(
            f'The address "{address}" has non-ASCII characters before the @, which needs '
            f"the SMTPUTF8 extension, and the server {host} does not offer it."
        )
