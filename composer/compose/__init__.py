"""The message being written, without Qt: fields, MIME, .eml, addresses."""
