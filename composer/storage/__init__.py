"""Files the app keeps: where they live, written atomically and privately."""
