"""Email backends: one module per backend, each with an ``EmailBackend`` class."""
