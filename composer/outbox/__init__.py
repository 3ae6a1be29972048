"""The outbox: mail waiting to go out, kept on disk until the server has it.

Every message the compose window sends, every ``composer send --at`` and every scheduled
message waits here as an ``.eml`` file (attachments inside, Date and Message-ID fixed) with
its state beside it (:mod:`composer.outbox.store`), and goes out through the one send job
(:mod:`composer.outbox.runner`). No Qt here.
"""
