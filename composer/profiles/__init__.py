"""Sending profiles: the model, the file, the keyring, the connection test."""
