"""A merge's template: read, rendered per row, checked, kept."""
