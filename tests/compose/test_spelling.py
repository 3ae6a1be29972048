"""Spell checking without Qt: the words looked at, the real dictionaries, the user's words."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from composer.compose.spelling.checker import Spelling
from composer.compose.spelling.detect import detect_language
from composer.compose.spelling.dictionaries import available_languages
from composer.compose.spelling.personal import PersonalDictionary
from composer.compose.spelling.tokens import Script, words
from composer.profiles.apply import apply_profiles
from composer.profiles.credentials import Credentials
from composer.profiles.edits import EditedBook
from composer.profiles.store import ProfileStore
from composer.storage import appsettings


def texts(text: str) -> list[str]:
    return [w.text for w in words(text)]


def test_words_skip_what_is_not_prose() -> None:
    assert texts(
        "Dear {{ naem }}, see https://exmaple.com/a-b?q=wrold and www.exmpl.org/x "
        "or mail kimm@exmaple.com, <lee@ex.kr>. {% iff x %}ok{% endif %}"
    ) == ["Dear", "see", "and", "or", "mail", "ok"]
    assert texts("ASAP KPIs v2 file_name 3시에 x I'm e-mail") == ["I'm", "e-mail"]


def test_hangul_particle_after_latin_is_not_a_word() -> None:
    found = list(words("Python으로 회의는 김철수님"))
    assert [(w.text, w.script) for w in found] == [
        ("Python", Script.LATIN),
        ("회의는", Script.HANGUL),
        ("김철수님", Script.HANGUL),
    ]
    assert [(w.start, w.end) for w in found] == [(0, 6), (9, 12), (13, 17)]


@given(st.text(alphabet=st.sampled_from(list("ab 가나{}@.:/_-'w\n")), max_size=60))
def test_words_are_real_spans_of_the_text(text: str) -> None:
    placeholders = [m.span() for m in re.finditer(r"\{\{.*?\}\}", text)]
    for word in words(text):
        assert text[word.start : word.end] == word.text
        assert word.text.strip() == word.text
        assert not any(s < word.end and word.start < e for s, e in placeholders)


def spelling(tmp_path: Path) -> Spelling:
    checker = Spelling(PersonalDictionary(tmp_path / "dictionary.txt"))
    assert checker.load(["en_US", "ko_KR"]) == []
    return checker


def test_the_real_dictionaries(tmp_path: Path) -> None:
    assert {"en_US", "ko_KR"} <= set(available_languages())
    checker = spelling(tmp_path)
    text = "Helo wrold, 안녕하새요 여러분. Python으로 보내드립니다."
    assert [w.text for w in checker.misspelt("en_US", text)] == ["Helo", "wrold", "안녕하새요"]
    # a Korean message's English words are still checked in English
    assert [w.text for w in checker.misspelt("ko_KR", text)] == ["Helo", "wrold", "안녕하새요"]
    assert checker.route("ko_KR", Script.LATIN) == "en_US"
    assert "안녕하세요" in checker.suggest("ko_KR", "안녕하새요")
    assert checker.suggest("en_US", "wrold")[0] in {"world", "wold"}


def test_personal_words_persist_and_stay_one_line(tmp_path: Path) -> None:
    checker = spelling(tmp_path)
    assert checker.misspelt("en_US", "Composr") != []
    checker.add("Composr")
    checker.add("bad\nline")  # never a second line in the file
    checker.personal.save()
    assert (tmp_path / "dictionary.txt").read_text(encoding="utf-8") == "Composr\n"
    again = spelling(tmp_path)
    assert again.misspelt("en_US", "Composr") == []


def test_detect_language(tmp_path: Path) -> None:
    checker = spelling(tmp_path)
    assert detect_language("안녕하세요 내일 회의는 오후 세시에 있습니다 Zoom", checker) == "ko_KR"
    assert detect_language("The meeting is tomorrow at three 김철수", checker) == "en_US"
    assert detect_language("Hi", checker) is None


def test_spelling_settings_survive_a_language_change() -> None:
    appsettings.save(appsettings.AppSettings(spell_check=False, spell_check_before_sending=True))
    loaded = appsettings.load()
    assert (loaded.spell_check, loaded.spell_check_before_sending) == (False, True)
    store = ProfileStore()
    store.read()
    edited = EditedBook(store.load().book)
    outcome = apply_profiles(
        store, Credentials(), edited.book.copy(), edited.pending_secrets(), language="ko"
    )
    assert outcome.problem is None
    loaded = appsettings.load()
    assert (loaded.language, loaded.spell_check, loaded.spell_check_before_sending) == (
        "ko",
        False,
        True,
    )
