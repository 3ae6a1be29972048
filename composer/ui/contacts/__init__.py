"""The address book in the GUI: the session's contacts (:mod:`.book`) and its window."""
