"""What a merge sent: the ledger, its journal, locks and suppressions."""
