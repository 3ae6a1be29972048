"""Logs and crash reports: configured once, never holding a secret."""
