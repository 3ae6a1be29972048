"""The layer rules of the package, checked on every module's imports (read with ``ast``).

* Qt (``PySide6``, ``shiboken6``) is imported only under ``composer/ui/`` and in
  ``composer/app.py``;
* nothing else imports ``composer.ui`` or ``composer.app``, except the one way the command
  line starts the window: ``from composer.app import main`` inside ``composer.cli.main``;
* ``composer.mail`` imports the standard library and itself, nothing else;
* the app-logic packages import only their own layer and the layers below it, in the order of
  :data:`LAYERS` (the README's map of the code lists the folders in the same order);
* no module imports itself back through others (a cycle), counting imports made inside
  functions, not counting those under ``if TYPE_CHECKING:``.

Imports inside functions count everywhere: a lazy import is still a dependency.
The checker is tested on a small package full of violations too, so a rule that stopped
finding anything would fail here rather than pass in silence.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Top to bottom: a module may import from its own layer and from any layer below it. An
#: entry stands for a module and everything inside it, except a bare package name
#: (``composer``), which stands for that package's ``__init__`` alone. ``i18n`` and ``appinfo``
#: (the words in the user's language, the app's name) serve every layer but the library.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("composer.ui", "composer.app"),
    ("composer.cli", "composer.__main__"),
    ("composer.outbox",),
    ("composer.merge",),
    ("composer.sending",),
    ("composer.compose",),
    ("composer.profiles", "composer.errors.describe", "composer.mailbox"),
    ("composer.diagnostics",),
    ("composer.storage",),
    ("composer.errors",),
    ("composer.i18n", "composer.appinfo", "composer"),
    ("composer.mail",),
)
QT = ("PySide6", "shiboken6")
LIBRARY = "composer.mail"
#: The development server (``composer devserver``) lives beside the library and is built on
#: aiosmtpd. No library module imports it, so ``import composer.mail`` stays standard
#: library only (tests/mail/test_isolation.py imports each one with aiosmtpd blocked).
LIBRARY_EXTRAS = {"composer.mail.devserver": ("aiosmtpd",), "composer.mail.devspool": ("aiosmtpd",)}
GUI = ("composer.ui", "composer.app")
#: The command line's one way into the GUI: (importing module, enclosing function, module,
#: name). The window is started only when ``composer`` runs without a subcommand.
GUI_ENTRY = ("composer.cli", "main", "composer.app", "main")


@dataclass(frozen=True)
class Import:
    """One imported module (or ``module:name`` for a name taken from a package)."""

    source: str  # the importing module
    target: str  # the imported module, resolved to absolute
    name: str  # the name taken from it ("" for ``import x``)
    line: int
    function: str  # the enclosing function ("" at module level)
    type_only: bool  # under ``if TYPE_CHECKING:``

    def __str__(self) -> str:
        where = f" in {self.function}()" if self.function else ""
        what = f"{self.target}.{self.name}" if self.name else self.target
        return f"{self.source}:{self.line}{where} imports {what}"


def under(module: str, prefixes: tuple[str, ...] | str) -> bool:
    """Whether *module* is one of *prefixes* or inside one of them."""
    if isinstance(prefixes, str):
        prefixes = (prefixes,)
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def modules_of(package_dir: Path) -> dict[str, Path]:
    """Every module of the package in *package_dir*, by dotted name."""
    found = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(module: str, path: Path, known: set[str]) -> Iterator[Import]:
    """The imports of one module, function-level ones included."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST, function: str, type_only: bool) -> Iterator[Import]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, "", node.lineno, function, type_only)
            return
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:
                if f"{target}.{alias.name}" in known:  # a submodule, not a name
                    yield Import(
                        module, f"{target}.{alias.name}", "", node.lineno, function, type_only
                    )
                else:
                    yield Import(module, target, alias.name, node.lineno, function, type_only)
            return
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                yield from visit(child, function, True)
            for child in node.orelse:
                yield from visit(child, function, type_only)
            return
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = f"{function}.{node.name}" if function else node.name
        for child in ast.iter_child_nodes(node):
            yield from visit(child, function, type_only)

    yield from visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), "", False)


def all_imports(package_dir: Path) -> list[Import]:
    modules = modules_of(package_dir)
    known = set(modules)
    return [imp for name, path in modules.items() for imp in imports_of(name, path, known)]


def layer_of(module: str, layers: tuple[tuple[str, ...], ...]) -> int | None:
    """The index of *module*'s layer (the most specific match), or None."""
    best: tuple[int, int] | None = None
    for index, layer in enumerate(layers):
        for prefix in layer:
            matches = under(module, prefix) if "." in prefix else module == prefix
            if matches and (best is None or len(prefix) > best[1]):
                best = (index, len(prefix))
    return best[0] if best is not None else None


# -- the rules ------------------------------------------------------------------------------


def qt_outside_ui(imports: list[Import], gui: tuple[str, ...] = GUI) -> list[str]:
    return [str(i) for i in imports if under(i.target, QT) and not under(i.source, gui)]


def gui_imported_from_below(
    imports: list[Import], entry: tuple[str, str, str, str], gui: tuple[str, ...] = GUI
) -> list[str]:
    found = []
    for i in imports:
        if not under(i.target, gui) or under(i.source, gui):
            continue
        if (i.source, i.function, i.target, i.name) == entry:
            continue
        found.append(str(i))
    return found


def gui_entry_is_lazy(imports: list[Import], entry: tuple[str, str, str, str]) -> bool:
    """The entry point exists and is imported only inside its function."""
    uses = [i for i in imports if (i.source, i.target, i.name) == (entry[0], entry[2], entry[3])]
    return bool(uses) and all(i.function == entry[1] for i in uses)


def library_imports_outside(
    imports: list[Import], library: str, extras: dict[str, tuple[str, ...]]
) -> list[str]:
    """Imports of the library's modules from outside the standard library and itself; the
    modules in *extras* may also use the packages named there, and no other library module
    may import them."""
    stdlib = sys.stdlib_module_names | {"__future__"}
    found = []
    for i in imports:
        if not under(i.source, library):
            continue
        if under(i.target, library):
            if under(i.target, tuple(extras)) and not under(i.source, tuple(extras)):
                found.append(str(i))
        elif i.target.partition(".")[0] not in stdlib and not under(
            i.target, extras.get(i.source, ())
        ):
            found.append(str(i))
    return found


def upward_imports(
    imports: list[Import], layers: tuple[tuple[str, ...], ...], root: str
) -> list[str]:
    found = []
    for i in imports:
        if not under(i.target, root):
            continue
        source, target = layer_of(i.source, layers), layer_of(i.target, layers)
        if source is None or target is None:
            found.append(f"{i}: {i.source if source is None else i.target} has no layer")
        elif target < source:
            found.append(f"{i}: {layers[target][0]} is above {layers[source][0]}")
    return found


def unlayered(modules: set[str], layers: tuple[tuple[str, ...], ...]) -> list[str]:
    return sorted(m for m in modules if layer_of(m, layers) is None)


def cycles(imports: list[Import], modules: set[str]) -> list[list[str]]:
    """Each import cycle among *modules* (runtime imports only), as a path that closes."""
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for i in imports:
        if i.type_only or i.source not in graph:
            continue
        # ``from pkg import name`` runs pkg/__init__.py; ``from pkg import submodule`` and
        # ``import pkg.sub`` are edges to the submodule (a package's parents always load
        # first and do not count).
        target = i.target
        while target and target not in graph:
            target = target.rpartition(".")[0]
        if target and target != i.source:
            graph[i.source].add(target)
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                walk(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            walk(node)
    return found


# -- the package ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def package() -> tuple[list[Import], set[str]]:
    return all_imports(ROOT / "composer"), set(modules_of(ROOT / "composer"))


def test_qt_is_imported_only_in_the_ui(package: tuple[list[Import], set[str]]) -> None:
    assert qt_outside_ui(package[0]) == []


def test_nothing_below_the_ui_imports_it(package: tuple[list[Import], set[str]]) -> None:
    imports = package[0]
    assert gui_imported_from_below(imports, GUI_ENTRY) == []
    assert gui_entry_is_lazy(imports, GUI_ENTRY), "composer.cli.main starts the app lazily"


def test_the_mail_library_imports_only_the_standard_library(
    package: tuple[list[Import], set[str]],
) -> None:
    assert library_imports_outside(package[0], LIBRARY, LIBRARY_EXTRAS) == []


def test_every_module_has_a_layer(package: tuple[list[Import], set[str]]) -> None:
    assert unlayered(package[1], LAYERS) == []


def test_no_module_imports_a_layer_above_its_own(package: tuple[list[Import], set[str]]) -> None:
    imports = [i for i in package[0] if (i.source, i.function, i.target, i.name) != GUI_ENTRY]
    assert upward_imports(imports, LAYERS, "composer") == []


def test_no_import_cycles(package: tuple[list[Import], set[str]]) -> None:
    assert [" -> ".join(c) for c in cycles(*package)] == []


def test_the_readme_map_lists_the_folders_in_layer_order() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("Where a change belongs", 1)[1].split("```", 2)[1]
    listed = re.findall(r"^composer/(\w+)/", block, re.MULTILINE)
    folders = [
        prefix.removeprefix("composer.")
        for layer in LAYERS
        for prefix in layer
        if (ROOT / prefix.replace(".", "/")).is_dir() and prefix != "composer"
    ]
    assert listed == folders


# -- the checker finds what it is for -------------------------------------------------------

BROKEN = {
    "pkg/__init__.py": "",
    "pkg/ui/__init__.py": "",
    "pkg/ui/window.py": "from PySide6 import QtWidgets\nfrom pkg.low import store\n",
    "pkg/app.py": "import shiboken6\n",
    "pkg/cli.py": (
        "from pkg.app import start\n"
        "def main():\n    from pkg.app import main\n"
        "def other():\n    from pkg.ui import window\n"
    ),
    "pkg/low/__init__.py": "",
    "pkg/low/store.py": (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from pkg.cli import main\n"
        "def f():\n    import PySide6.QtCore\n    from pkg.low import other\n"
    ),
    "pkg/low/other.py": "from .store import f\nfrom pkg import cli\n",
    "pkg/lib/__init__.py": "import json\nimport keyring\nfrom pkg.low import store\n",
    "pkg/lib/part.py": "from . import helper, server\nfrom email import message\n",
    "pkg/lib/helper.py": "import os.path\n",
    "pkg/lib/server.py": "import aiosmtpd.smtp\nimport keyring\n",
    "pkg/stray.py": "from pkg.low import store\n",
}
BROKEN_LAYERS = (("pkg.ui", "pkg.app"), ("pkg.cli",), ("pkg.low",), ("pkg", "pkg.lib"))


@pytest.fixture
def broken(tmp_path: Path) -> tuple[list[Import], set[str]]:
    """A package that breaks every rule once (and a few things that are allowed)."""
    for name, text in BROKEN.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return all_imports(tmp_path / "pkg"), set(modules_of(tmp_path / "pkg"))


def test_the_checker_finds_qt_outside_the_ui(broken: tuple[list[Import], set[str]]) -> None:
    assert qt_outside_ui(broken[0], ("pkg.ui", "pkg.app")) == [
        "pkg.low.store:5 in f() imports PySide6.QtCore"
    ]


def test_the_checker_finds_imports_of_the_gui(broken: tuple[list[Import], set[str]]) -> None:
    imports, gui = broken[0], ("pkg.ui", "pkg.app")
    entry = ("pkg.cli", "main", "pkg.app", "main")
    assert gui_imported_from_below(imports, entry, gui) == [
        "pkg.cli:1 imports pkg.app.start",
        "pkg.cli:5 in other() imports pkg.ui.window",
    ]
    assert gui_entry_is_lazy(imports, entry)
    eager = Import("pkg.cli", "pkg.app", "main", 9, "", False)
    assert not gui_entry_is_lazy([*imports, eager], entry)
    assert not gui_entry_is_lazy(imports, ("pkg.cli", "main", "pkg.app", "run"))


def test_the_checker_finds_a_library_import_outside_the_standard_library(
    broken: tuple[list[Import], set[str]],
) -> None:
    extras = {"pkg.lib.server": ("aiosmtpd",)}
    assert library_imports_outside(broken[0], "pkg.lib", extras) == [
        "pkg.lib:2 imports keyring",
        "pkg.lib:3 imports pkg.low.store",
        "pkg.lib.part:1 imports pkg.lib.server",
        "pkg.lib.server:2 imports keyring",
    ]


def test_the_checker_finds_upward_and_unlayered_imports(
    broken: tuple[list[Import], set[str]],
) -> None:
    imports, modules = broken
    assert upward_imports(imports, BROKEN_LAYERS, "pkg") == [
        "pkg.cli:1 imports pkg.app.start: pkg.ui is above pkg.cli",
        "pkg.cli:3 in main() imports pkg.app.main: pkg.ui is above pkg.cli",
        "pkg.cli:5 in other() imports pkg.ui.window: pkg.ui is above pkg.cli",
        "pkg.lib:3 imports pkg.low.store: pkg.low is above pkg",
        "pkg.low.other:2 imports pkg.cli: pkg.cli is above pkg.low",
        "pkg.low.store:3 imports pkg.cli.main: pkg.cli is above pkg.low",  # type-only too
        "pkg.stray:1 imports pkg.low.store: pkg.stray has no layer",
    ]
    assert unlayered(modules, BROKEN_LAYERS) == ["pkg.stray"]


def test_the_checker_finds_cycles_but_not_type_only_ones(
    broken: tuple[list[Import], set[str]],
) -> None:
    # pkg.low.store imports pkg.cli only for type checking: no cycle through there.
    assert cycles(*broken) == [
        ["pkg.cli", "pkg.ui.window", "pkg.low.store", "pkg.low.other", "pkg.cli"],
        ["pkg.low.store", "pkg.low.other", "pkg.low.store"],
    ]
