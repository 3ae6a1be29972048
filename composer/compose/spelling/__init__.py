"""Spell checking without Qt: which words to check, the dictionaries, the user's own words.

:mod:`.tokens` finds the words of a text (never inside a URL, an address or a
``{{ placeholder }}``), :mod:`.dictionaries` opens the installed Hunspell dictionaries through
Enchant, :mod:`.checker` answers "is this word misspelt?" from a cache, :mod:`.personal`
keeps the words the user added, :mod:`.detect` guesses a message's language.
"""
