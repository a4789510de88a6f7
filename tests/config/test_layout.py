"""The code's layout keeps its promises (README, "Where things live").

The import graph of the project's own modules is read with `ast`, imports inside
functions included: no cycle, models import no views or tasks, and nothing public
imports the portal, in Python or in templates. The public forms' defences are declared
once and rendered from one include.
"""

import ast
import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = ["accounts", "articles", "comments", "config", "core", "demo", "donations"]
APPS += ["enrolment", "home", "newsletter", "portal"]
PUBLIC = ["articles", "comments", "core", "donations", "enrolment", "home", "newsletter"]


def project_modules():
    """{dotted name: (path, is package)} for every module outside tests and migrations."""
    modules = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            modules[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return modules


MODULES = project_modules()


def imported_by(name):
    """The project modules that `name` imports, anywhere in its body."""
    path, is_package = MODULES[name]
    here = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            prefix = ".".join([*base, *([node.module] if node.module else [])])
            targets = [
                f"{prefix}.{alias.name}" if f"{prefix}.{alias.name}" in MODULES else prefix
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


GRAPH = {name: imported_by(name) for name in MODULES}


def cycles():
    """Strongly connected groups of more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in GRAPH:
        if node not in index:
            visit(node)
    return groups


def kind(name):
    """What a module is, by its last part or its package: 'models', 'views', 'tasks' …"""
    parts = name.split(".")
    return "models" if "models" in parts[1:] else parts[-1]


def test_the_graph_sees_imports_inside_functions():
    """The walk is only worth trusting if it finds the deferred imports it must find."""
    assert "enrolment.receivers" in GRAPH["enrolment.apps"]
    assert "portal.models" in GRAPH["portal.access"]


def test_no_import_cycles():
    assert cycles() == []


def test_models_never_import_views_or_tasks():
    wrong = {
        (name, target)
        for name, targets in GRAPH.items()
        if kind(name) == "models"
        for target in targets
        if kind(target) in {"views", "tasks", "admin_views", "receivers"}
    }
    assert wrong == set()


def test_a_form_that_a_page_serves_imports_no_models():
    """Pages import the form they serve (as Wagtail's form pages do), so those forms may
    not import models back."""
    served = {t for name, ts in GRAPH.items() if kind(name) == "models" for t in ts}
    served = {name for name in served if kind(name) == "forms"}
    assert served, "the enrol, donation and contact pages serve forms"
    wrong = {(form, t) for form in served for t in GRAPH[form] if kind(t) == "models"}
    assert wrong == set()


def test_nothing_public_imports_the_portal():
    wrong = {
        (name, target)
        for name, targets in GRAPH.items()
        if name.split(".")[0] in PUBLIC
        for target in targets
        if target.split(".")[0] == "portal"
    }
    assert wrong == set()


def public_templates():
    yield from (ROOT / "templates").rglob("*.html")
    for app in PUBLIC:
        yield from (ROOT / app / "templates").rglob("*.html")


def test_no_public_template_loads_or_includes_portal_templates():
    portal_use = re.compile(r"{%\s*(load\s[^%]*portal_|(include|extends)\s+[\"']portal/)")
    wrong = [str(path) for path in public_templates() if portal_use.search(path.read_text())]
    assert wrong == []
    assert "portal" not in (ROOT / "templates" / "base.html").read_text().split("%}")[0]


def test_the_form_defences_are_declared_once_and_rendered_from_one_include():
    code = [path.read_text() for app in APPS for path in (ROOT / app).rglob("*.py")]
    assert sum(text.count('label="Leave this empty"') for text in code) == 1
    assert sum(text.count("token = forms.CharField(") for text in code) == 1
    templates = [path for app in APPS for path in (ROOT / app).rglob("*.html")]
    templates += list((ROOT / "templates").rglob("*.html"))
    honeypots = [path.name for path in templates if 'class="honeypot"' in path.read_text()]
    assert honeypots == ["form_defences.html"]
    forms_shown = {
        "comments/templates/comments/form.html",
        "home/templates/home/contact_page.html",
        "enrolment/templates/enrolment/enrol_page.html",
        "newsletter/templates/newsletter/includes/signup_fields.html",
    }
    for form in forms_shown:
        assert '{% include "core/includes/form_defences.html" %}' in (ROOT / form).read_text()
