"""Composer's errors: one vocabulary, one boundary, one cancel token. No Qt.

Every failure a user meets is a :class:`UserMessage`: what happened, what to do, and the
technical details. Composer's own exceptions carry one (:class:`ComposerError`); any other
failure (:mod:`smtplib`, :mod:`ssl`, :mod:`socket`, the keyring, the disk, the mail
library) is put into words at one boundary, :func:`composer.errors.describe.describe`, which
every path uses: the compose window, ``composer send``, the connection test, the merge.

The app's exception tree (each class lives with the code that raises it; the builtin base
in brackets is kept so that callers that caught it before still do)::

    Exception
    └── ComposerError                          .message: what happened, what to do, details
        ├── Cancelled                          the user stopped the work before it was done
        │   ├── PromptCancelled                Ctrl+C / Ctrl+D at a password prompt (cli)
        │   └── Interrupted                    SIGINT or SIGTERM before a merge sent (cli)
        ├── PasswordNeeded      [LookupError]  no password known: ask, then try again
        ├── ProfileError        [ValueError]   a duplicate or unknown profile name, ...
        ├── ProfileFileError                   profiles.toml cannot be used as it is
        ├── CredentialError                    the keyring cannot keep or give a password
        │   ├── NoKeyring, KeyringIsLocked, InsecureKeyring, KeyringFailure
        ├── TlsFilesError                      a profile's CA, certificate or key file
        ├── UnreadableMessage   [ValueError]   bytes that are not a message Composer can read
        ├── CsvError            [ValueError]   the merge's data file cannot be read
        ├── TemplateSyntaxProblem [ValueError] a merge template field is not valid syntax
        ├── MergeNotReady       [RuntimeError] the merge plan was not checked, or has problems
        └── LedgerError         [RuntimeError] the record of a merge cannot be used now
            ├── LedgerBusy, LedgerDamaged, LedgerFull, LedgerUnavailable

Where a library's exceptions enter the app, :class:`boundary` turns them into its own.
:class:`CancelToken` is the one way to cancel work, from any thread, in this process or a
child (see :mod:`composer.errors.cancel`).
"""

from composer.errors.base import Cancelled, ComposerError, UserMessage, boundary
from composer.errors.cancel import CancelToken, WorkContext

__all__ = ["CancelToken", "Cancelled", "ComposerError", "UserMessage", "WorkContext", "boundary"]
