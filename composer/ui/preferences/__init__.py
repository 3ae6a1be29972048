"""The Preferences dialog: profiles, passwords, connection tests."""
