"""`manage.py verify_encrypted_data`: after a restore, every portal value opens with the
keyring in use, or the command fails before a client finds out; it never prints a value."""

import base64
import io
import os

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.core.management import CommandError, call_command

from portal.factories import CheckInFactory, GoalFactory, JournalEntryFactory
from portal.models import JournalEntry, Message

pytestmark = pytest.mark.django_db

CANARY = "Canary-51b0 what I wrote at two in the morning"


def key(key_id):
    return f"{key_id}:{base64.urlsafe_b64encode(os.urandom(32)).decode()}"


def verify(*args):
    out = io.StringIO()
    call_command("verify_encrypted_data", *args, stdout=out)
    return out.getvalue()


def digest(text):
    return next(line for line in text.splitlines() if line.startswith("digest: "))


@pytest.fixture
def written(client_profile, settings):
    settings.PORTAL_ENCRYPTION_KEYS = key("drill")
    JournalEntryFactory(client=client_profile, title="Night", body=CANARY)
    GoalFactory(client=client_profile, title=f"{CANARY} goal")
    CheckInFactory(client=client_profile, note=f"{CANARY} note")
    Message.objects.create(
        client=client_profile, coach=client_profile.coach, author=client_profile.user, body=CANARY
    )
    TOTP.activate(client_profile.user, "JBSWY3DPEHPK3PXP")
    return client_profile


def test_every_value_opens_and_none_is_printed(written):
    out = verify("--digest")
    assert "portal.JournalEntry: 2 opened, 0 not" in out  # title and body
    assert "portal.Message: 1 opened, 0 not" in out
    assert "authenticator secrets: 1 opened, 0 not" in out
    assert "All " in out and "encrypted values open." in out
    assert "Canary" not in out and "JBSWY3" not in out
    assert len(digest(out)) == len("digest: ") + 64


def test_the_digest_is_the_same_for_the_same_values_and_changes_with_one(written):
    first = digest(verify("--digest"))
    assert digest(verify("--digest")) == first
    entry = JournalEntry.objects.get(client=written)
    entry.body = CANARY + "."
    entry.save()
    assert digest(verify("--digest")) != first


def test_the_wrong_keyring_fails_with_a_count_and_a_hint(written, settings):
    settings.PORTAL_ENCRYPTION_KEYS = key("other")
    with pytest.raises(CommandError, match=r"would not open\. Is this the keyring"):
        verify()


def test_an_old_key_still_in_the_keyring_opens_older_values(written, settings):
    settings.PORTAL_ENCRYPTION_KEYS = f"{key('newer')},{settings.PORTAL_ENCRYPTION_KEYS}"
    assert "encrypted values open." in verify()


def test_an_empty_database_has_nothing_to_open(db):
    assert "All 0 encrypted values open." in verify()
