"""The compose window and its panels."""
