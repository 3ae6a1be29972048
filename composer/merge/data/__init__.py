"""A merge's data: the rows of a data file and the files they attach."""
