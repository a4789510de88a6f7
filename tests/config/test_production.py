"""Production settings refuse to start without secrets and pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3Y-" + "x7Qp9Lm2Vb8Nc4Rt6Wy1Zs5Hd0Jf3Gk" * 2
PRODUCTION_ENV = {
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "tranquil.example",
    "WAGTAILADMIN_BASE_URL": "https://tranquil.example",
    "EMAIL_HOST": "smtp.tranquil.example",
    "PORTAL_ENCRYPTION_KEYS": "prod1:" + "A" * 43 + "=",
}
STRIPE = {"STRIPE_SECRET_KEY": "sk_test_example", "STRIPE_WEBHOOK_SECRET": "whsec_example"}


def manage(*args, tmp_path, **env):
    """Run manage.py under production settings in a clean environment."""
    base = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SQLITE_PATH": str(tmp_path / "prod.sqlite3"),
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_passes_with_no_warnings(tmp_path):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        tmp_path=tmp_path,
        **PRODUCTION_ENV,
        **STRIPE,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_refuses_to_start_without(missing, tmp_path):
    env = {name: value for name, value in PRODUCTION_ENV.items() if name != missing}
    result = manage("check", tmp_path=tmp_path, **env, **STRIPE)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable for production." in result.stderr


def test_test_payments_are_refused_in_production_unless_asked_for(tmp_path):
    result = manage("check", tmp_path=tmp_path, **PRODUCTION_ENV)
    assert result.returncode != 0
    assert "Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET" in result.stderr
    result = manage("check", tmp_path=tmp_path, **PRODUCTION_ENV, DONATIONS_TEST_PAYMENTS="true")
    assert result.returncode == 0, result.stderr


def test_stripe_needs_its_webhook_secret(tmp_path):
    result = manage(
        "check", tmp_path=tmp_path, **PRODUCTION_ENV, STRIPE_SECRET_KEY="sk_test_example"
    )
    assert result.returncode != 0
    assert "STRIPE_WEBHOOK_SECRET must be set" in result.stderr


def test_demo_content_is_refused_in_production(tmp_path):
    result = manage("seed_demo", tmp_path=tmp_path, **PRODUCTION_ENV, **STRIPE)
    assert result.returncode != 0
    assert "DEMO_CONTENT_ALLOWED is off" in result.stderr
