"""Imports run one way: core → blog → (series | discussion | guestposts) →
website → (demo | wordpress). Every module of every app of ours is read
with `ast`, function-local imports included, and each import of another
app of ours is checked against that order. The three feature apps never
import each other, and no two apps import each other (no cycles).

Names count as well as imports: a string in an app's code naming another
app's model, permission or template ("guestposts.GuestPostIndexPage",
"discussion.change_comment", "series/includes/…"), and a template that
includes, extends or loads the tags of another app's, are held to the
same order (see TEMPLATE_FOLDERS for which templates are whose)."""

import ast
import re
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


# Strings that name something of an app: a model or permission
# ("app.Model", "app.codename") or a template ("app/…/name.html").
NAMED = re.compile(r"(?P<app>[a-z]+)(?:\.[A-Za-z_]\w*|/[\w/.-]+\.(?:html|txt|xml))")


def named_apps(path):
    """(line, app named, the string) for each string constant in the file
    that names something of an app, whole (prose that mentions one is not counted)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = NAMED.fullmatch(node.value)
            if match:
                yield node.lineno, match["app"], node.value


def check_direction(importer, imported, where, wrong):
    if importer not in LAYER or imported not in LAYER or importer == imported:
        return
    if LAYER[imported] == LAYER[importer]:
        wrong.append(f"{where}: {importer} and {imported} are siblings")
    elif LAYER[imported] > LAYER[importer]:
        wrong.append(f"{where}: {importer} may not use the higher layer {imported}")


def test_code_names_no_sibling_or_higher_app():
    ours = set(our_apps())
    wrong = []
    for app in ours:
        for path, relative in modules_of(app):
            for line, named, value in named_apps(path):
                if named in ours:
                    check_direction(app, named, f"{relative}:{line} names {value!r}", wrong)
    assert not wrong, "\n".join(wrong)


def test_the_name_check_finds_names_of_models_permissions_and_templates():
    names = {
        value
        for module in ["discussion/admin_views/permissions.py", "series/wagtail_hooks.py"]
        for _, _, value in named_apps(ROOT / module)
    }
    assert {"discussion.change_comment", "series/includes/series_banner.html"} <= names
    names = {value for _, _, value in named_apps(ROOT / "blog/models/posts.py")}
    assert "blog.BlogIndexPage" in names


TEMPLATES = ROOT / "templates"

# Whose each folder of templates/ is, for what its templates may include,
# extend and load. templates/<app>/ is the app's own (templates/core/ is
# core's). Besides those:
TEMPLATE_FOLDERS = {
    # The body blocks' templates: blog's StreamField blocks render them.
    "blocks": "blog",
    # The site's frame: base.html (and 404.html, 500.html, robots.txt at the
    # top of templates/) and includes/, its header, footer, meta tags and
    # pagination. It belongs to website, the project (it loads the site
    # settings' tags), and every app's pages extend "base.html" and use its
    # includes: Django's own convention, by which an app's templates name
    # the project's frame and nothing else above them.
    "includes": "website",
    "": "website",
}
SITE_FRAME = {"", "includes"}

TAG = re.compile(r"{%\s*(include|extends)\s+[\"']([^\"']+)[\"']|{%\s*load\s+([^%]+?)\s*%}")


def template_folder(relative):
    """The folder of templates/ that `relative` (a path inside it) is in: "" at the top."""
    return relative.parts[0] if len(relative.parts) > 1 else ""


def template_owner(relative):
    folder = template_folder(relative)
    return TEMPLATE_FOLDERS.get(folder, folder)


def tag_libraries():
    """{library name: app} for our apps' template tag libraries."""
    return {
        path.stem: app
        for app in our_apps()
        for path in (ROOT / app / "templatetags").glob("*.py")
        if path.stem != "__init__"
    }


def template_uses(path):
    """(line, app used, what) for each template of ours the file includes or
    extends by name and each library of ours it loads. A name that is no file
    in templates/ is another package's template (wagtailadmin/…); a variable
    (`{% include template %}`, blog's regions) names nothing here."""
    libraries = tag_libraries()
    text = path.read_text()
    for match in TAG.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        if match[2]:
            target = Path(match[2])
            if not (TEMPLATES / target).is_file():
                continue
            if template_folder(target) in SITE_FRAME:
                continue  # the frame, open to every app
            yield line, template_owner(target), f"{match[1]}s {match[2]}"
        else:
            for library in match[3].split():
                if library in libraries:
                    yield line, libraries[library], f"loads {library}"


def test_every_template_folder_has_an_owner():
    unowned = sorted(
        {
            template_folder(path.relative_to(TEMPLATES))
            for path in TEMPLATES.rglob("*")
            if path.is_file() and template_owner(path.relative_to(TEMPLATES)) not in LAYER
        }
    )
    assert not unowned, f"Name the app that owns these folders in TEMPLATE_FOLDERS: {unowned}"


def test_the_template_walk_finds_includes_and_loads():
    uses = {what for _, _, what in template_uses(TEMPLATES / "series/series_page.html")}
    assert "includes series/includes/follow_form.html" in uses
    uses = {what for _, _, what in template_uses(TEMPLATES / "blog/includes/byline.html")}
    assert any(what.startswith("loads ") for what in uses)


def test_templates_use_only_their_own_app_and_lower_layers():
    wrong = []
    for path in sorted(TEMPLATES.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(TEMPLATES)
        owner = template_owner(relative)
        for line, used, what in template_uses(path):
            check_direction(owner, used, f"templates/{relative}:{line} {what}", wrong)
    assert not wrong, "\n".join(wrong)
