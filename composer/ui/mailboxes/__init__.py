"""The Outbox, Preview mailbox, Sent and Drafts windows."""
