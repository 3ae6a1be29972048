"""The account's mailboxes over IMAP: a small reusable client, without Qt.

:mod:`~composer.mailbox.client` connects, logs in with the account's sign-in, finds the
Sent folder (:mod:`~composer.mailbox.folders`), stores a message and looks one up by
Message-ID; :mod:`~composer.mailbox.errors` words what the server answered. It sits beside
:mod:`composer.profiles` (the connection test uses it); the copy in the server's Sent folder
is made by :mod:`composer.sending.servercopy`.
"""
