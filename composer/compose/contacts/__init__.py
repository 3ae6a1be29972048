"""The address book without Qt: contacts and groups, kept in SQLite, exchanged as vCard.

:mod:`.model` (a contact, its groups), :mod:`.store` (``contacts.sqlite`` in the data folder),
:mod:`.vcard` (vCard 4.0 out, vCard 2.1/3.0/4.0 in, through vobject), :mod:`.csvimport`
(Google, Outlook and Naver CSV exports, CP949 included), :mod:`.hangul` (초성 matching) and
:mod:`.completion` (what the address fields offer as you type).
"""
