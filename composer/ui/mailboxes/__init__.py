"""The Outbox, Sent and Drafts windows."""
