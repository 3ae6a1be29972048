"""``composer merge`` speaks of one row, one message, one file in the singular.

A sentence about a number of things is written in both English forms (``composer.i18n.plural``),
and the Korean catalogue translates both.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from merge_cli_helpers import ROOT, run_cli, write_inputs
from smtpserver import SMTPTestServer

from composer.merge import MergeLedger

# "1 rows", "1 messages are", ...: a number one followed by a plural noun.
ONE_WITH_A_PLURAL = re.compile(r"\b1 (rows|messages|files|columns|attempts|merges)\b")


def said(home: Path, *args: str) -> tuple[int, str]:
    code, out = run_cli(home, *args)
    assert not ONE_WITH_A_PLURAL.search(out), out
    return code, out


def test_one_row_one_message(tmp_path: Path, composer_home: Path) -> None:
    data, template = write_inputs(tmp_path, 1)
    with SMTPTestServer() as server:
        inputs = (str(data), str(template), "--server", f"127.0.0.1:{server.port}")
        code, out = said(composer_home, *inputs, "--dry-run")
        assert code == 0, out
        assert "1 row: 1 ready" in out
        assert "Dry run: 1 message rendered and built" in out
        code, out = said(composer_home, *inputs)  # no terminal to ask in
        assert code == 2, out
        assert "1 message would be sent. Pass --yes" in out
        code, out = said(composer_home, *inputs, "--yes")
        assert code == 0, out

        with MergeLedger(composer_home / "data" / "merges" / "ledger.sqlite") as ledger:
            (merge,) = ledger.merges()
            (row,) = ledger.rows(merge.id)
            ledger.mark_unknown(merge.id, row.row_key, "the connection was lost")
        code, out = said(composer_home, *inputs, "--yes")
        assert code == 3, out
        assert "1 message is in doubt: it went out whole" in out
        assert "To record it as delivered (recommended)" in out
        code, out = said(composer_home, *inputs, "--yes", "--mark-unknown-sent")
        assert code == 0, out
        assert "Recorded 1 message in doubt as delivered." in out
        assert len(server.messages) == 1


def test_one_row_with_problems_and_a_limit_of_one(tmp_path: Path, composer_home: Path) -> None:
    data, template = write_inputs(tmp_path, 3, bad={2})
    with SMTPTestServer() as server:
        inputs = (str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes")
        code, out = said(composer_home, *inputs)
        assert code == 2, out
        assert "Nothing was sent: 1 row has problems. Fix it in the data file" in out
        code, out = said(composer_home, *inputs, "--skip-problems", "--limit", "1")
        assert code == 0, out
        assert "Sent the first row as asked." in out
        assert len(server.messages) == 1


def plural_pairs() -> list[tuple[Path, int, str, str]]:
    """Every ``plural(n, translate(ctx, one), translate(ctx, other))`` in the package."""
    found = []
    for path in sorted((ROOT / "composer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "plural":
                one, other = node.args[1], node.args[2]
                assert isinstance(one, ast.Call), (path, node.lineno)
                assert isinstance(other, ast.Call), (path, node.lineno)
                texts = [ast.literal_eval(call.args[1]) for call in (one, other)]
                contexts = {ast.literal_eval(call.args[0]) for call in (one, other)}
                assert len(contexts) == 1, (path, node.lineno)
                found.append((path, node.lineno, *texts))
    return found


def test_both_forms_of_every_plural_are_written_out() -> None:
    pairs = plural_pairs()
    assert len(pairs) >= 15
    for path, line, one, other in pairs:
        assert one != other, (path, line)
        placeholders = set(re.findall(r"\{\w+\}", other))
        assert set(re.findall(r"\{\w+\}", one)) <= placeholders, (path, line)


def test_korean_has_both_forms() -> None:
    import xml.etree.ElementTree as ET

    ko = ET.parse(ROOT / "resources" / "translations" / "composer_core_ko.ts").getroot()
    korean = {
        (context.findtext("name"), message.findtext("source")): message.findtext("translation")
        for context in ko.iter("context")
        for message in context.iter("message")
    }
    for path, line, one, other in plural_pairs():
        forms = {k: v for k, v in korean.items() if k[1] in (one, other)}
        assert len(forms) == 2, (path, line, one)
        assert all(forms.values()), (path, line, forms)
