"""The mail merge dialog and its pages."""
