"""Sending one composed message: the send job, its result, the Sent copy."""
