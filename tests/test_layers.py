"""Imports run one way: core → blog → (series | discussion | guestposts) →
website → (demo | wordpress). Every module of every app of ours is read
with `ast`, function-local imports included, and each import of another
app of ours is checked against that order. The three feature apps never
import each other, and no two apps import each other (no cycles)."""

import ast
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)

# Lowest first. Apps on one layer are siblings: neither imports the other.
LAYERS = [
    {"core"},
    {"blog"},
    {"series", "discussion", "guestposts"},
    {"website"},
    {"demo", "wordpress"},
]
LAYER = {app: number for number, names in enumerate(LAYERS) for app in names}

# Folders whose imports are not checked, and why.
EXEMPT_FOLDERS = {
    # A migration names the migrations of other apps it depends on, and its
    # history is frozen: it may import what the app imported when it was made.
    "migrations",
}


def our_apps():
    """Top-level packages of this project that are Django apps: those in
    INSTALLED_APPS, and any folder here with an apps.py (one not yet
    installed is still checked)."""
    # A top-level folder of the project, not a package installed in .venv.
    installed = {
        config.name.split(".")[0]
        for config in apps.get_app_configs()
        if Path(config.path).resolve().parent == ROOT
    }
    on_disk = {path.parent.name for path in ROOT.glob("*/apps.py")}
    return sorted(installed | on_disk)


def modules_of(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        relative = path.relative_to(ROOT)
        if EXEMPT_FOLDERS.isdisjoint(relative.parts):
            yield path, relative


def module_name(relative):
    parts = list(relative.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return parts


def imported_modules(path, relative):
    """(line, dotted name) for every import in the file, relative ones
    resolved against the module's own package."""
    tree = ast.parse(path.read_text(), filename=str(path))
    name = module_name(relative)
    package = name if relative.name == "__init__.py" else name[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            yield node.lineno, target
            # `from . import x` and `from blog import models` name modules too.
            for alias in node.names:
                yield node.lineno, f"{target}.{alias.name}"


def cross_app_imports():
    """(importing app, imported app, "file:line") for each import between apps."""
    ours = set(our_apps())
    for app in ours:
        for path, relative in modules_of(app):
            for line, target in imported_modules(path, relative):
                imported = target.split(".")[0]
                if imported in ours and imported != app:
                    yield app, imported, f"{relative}:{line} imports {target}"


def test_every_app_has_a_layer():
    unplaced = [app for app in our_apps() if app not in LAYER]
    assert not unplaced, f"Place these apps in LAYERS: {unplaced}"


def test_the_walk_finds_imports_inside_functions():
    # The walk sees function-local imports: core/apps.py imports core.uploads in ready().
    targets = {
        target for _, target in imported_modules(ROOT / "core/apps.py", Path("core/apps.py"))
    }
    assert "core.uploads" in targets


def test_imports_run_down_the_layers_only():
    wrong = []
    for importer, imported, where in cross_app_imports():
        if importer not in LAYER or imported not in LAYER:
            continue  # reported by test_every_app_has_a_layer
        if LAYER[imported] == LAYER[importer]:
            wrong.append(f"{where}: {importer} and {imported} are siblings")
        elif LAYER[imported] > LAYER[importer]:
            wrong.append(f"{where}: {importer} may not import the higher layer {imported}")
    assert not wrong, "\n".join(wrong)


def test_no_two_apps_depend_on_each_other():
    edges = {}
    for importer, imported, where in cross_app_imports():
        edges.setdefault(importer, {}).setdefault(imported, where)

    def cycle_from(start):
        stack = [(start, [start])]
        while stack:
            node, trail = stack.pop()
            for nxt in edges.get(node, {}):
                if nxt == start:
                    return trail + [start]
                if nxt not in trail:
                    stack.append((nxt, trail + [nxt]))
        return None

    cycles, seen = [], set()
    for app in sorted(edges):
        trail = cycle_from(app)
        if trail and frozenset(trail) not in seen:
            seen.add(frozenset(trail))
            steps = [edges[a][b] for a, b in zip(trail, trail[1:], strict=False)]
            cycles.append(" → ".join(trail) + "\n  " + "\n  ".join(steps))
    assert not cycles, "\n".join(cycles)
