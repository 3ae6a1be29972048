"""Bounces and unsubscribe requests coming back to the sending account (``composer bounces``)."""
