"""Sending a checked merge: the engine, its connections and failures."""
