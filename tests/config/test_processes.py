"""The Procfile and the systemd units in deploy/ name commands that exist, with arguments
those commands accept: a renamed command or option fails here, not on a server at 3 a.m."""

import re
import shlex
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import get_commands, load_command_class

ROOT = Path(settings.BASE_DIR)
UNITS = sorted((ROOT / "deploy" / "systemd").glob("*"))


def manage_calls(text):
    """Each `manage.py <command> <args…>` in a command line, split at `&&`."""
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        for part in re.split(r"&&|'", line):
            words = shlex.split(part.split("manage.py", 1)[1]) if "manage.py" in part else []
            if words:
                yield words[0], words[1:]


def exec_lines(unit):
    return [
        line.split("=", 1)[1]
        for line in unit.read_text().splitlines()
        if line.startswith(("ExecStart=", "ExecReload="))
    ]


CALLS = [
    pytest.param(name, args, id=f"{source.name}:{name}")
    for source in [ROOT / "Procfile", *UNITS]
    for name, args in manage_calls(source.read_text())
]


def test_every_process_is_found():
    names = {name for name, _ in (p.values for p in CALLS)}
    assert {"db_worker", "deliver_mail", "release_holds", "send_reminders", "migrate"} <= names


@pytest.mark.parametrize(("name", "args"), CALLS)
def test_each_command_exists_and_takes_its_arguments(name, args, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # as deployed
    app = get_commands().get(name)
    assert app, f"no manage.py command {name!r}"
    parser = load_command_class(app, name).create_parser("manage.py", name)
    parser.parse_args(args)  # exits (SystemExit) on an unknown option


@pytest.mark.parametrize("unit", [u for u in UNITS if u.suffix == ".service"], ids=lambda u: u.name)
def test_each_service_runs_from_the_project_with_its_environment(unit):
    text = unit.read_text()
    assert "WorkingDirectory=/srv/tranquil" in text
    assert "EnvironmentFile=/etc/tranquil/env" in text
    assert "User=tranquil" in text
    assert exec_lines(unit), "no ExecStart"


@pytest.mark.parametrize("timer", [u for u in UNITS if u.suffix == ".timer"], ids=lambda u: u.name)
def test_each_timer_starts_a_service_the_target_wants(timer):
    assert (timer.with_suffix(".service")).exists()
    assert "OnCalendar=" in timer.read_text()
    assert timer.name in (ROOT / "deploy" / "systemd" / "tranquil.target").read_text()


def test_the_long_running_services_restart_and_the_target_wants_them():
    target = (ROOT / "deploy" / "systemd" / "tranquil.target").read_text()
    for name in ("web", "worker", "mail"):
        unit = (ROOT / "deploy" / "systemd" / f"tranquil-{name}.service").read_text()
        assert "Restart=always" in unit
        assert f"tranquil-{name}.service" in target
