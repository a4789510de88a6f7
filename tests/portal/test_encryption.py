"""Portal text at rest: AES-256-GCM bound to row and field, keyed apart, rotated by command."""

import base64
import os

import pytest
from allauth.mfa.adapter import get_adapter as get_mfa_adapter
from allauth.mfa.models import Authenticator
from django.core.management import call_command
from django.db import connection

from accounts.factories import UserFactory
from portal import crypto
from portal.models import Goal, JournalEntry

pytestmark = pytest.mark.django_db

CANARY = "CANARY-7f3a: I have not told anyone this"


def key(key_id):
    return f"{key_id}:{base64.urlsafe_b64encode(os.urandom(32)).decode()}"


def raw(table, column, pk):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {column} FROM {table} WHERE id = %s",  # noqa: S608
            [pk.hex if connection.vendor == "sqlite" else pk],
        )
        return cursor.fetchone()[0]


def write_raw(table, column, pk, value):
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {column} = %s WHERE id = %s",  # noqa: S608
            [value, pk.hex if connection.vendor == "sqlite" else pk],
        )


def fresh(model, pk):
    return model.objects.get(pk=pk)


@pytest.fixture
def entry(client_profile):
    return JournalEntry.objects.create(client=client_profile, title="Tuesday", body=CANARY)


def test_no_table_holds_the_text_in_clear(entry, client_profile):
    Goal.objects.create(client=client_profile, title=CANARY, why=CANARY)
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        for table in tables:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                assert not any("CANARY" in str(value) for value in row), table
    assert fresh(JournalEntry, entry.pk).body == CANARY


def test_stored_values_carry_their_key_id_and_a_fresh_nonce(client_profile):
    first = JournalEntry.objects.create(client=client_profile, title="Same", body="Same")
    second = JournalEntry.objects.create(client=client_profile, title="Same", body="Same")
    a = raw("portal_journalentry", "body", first.pk)
    b = raw("portal_journalentry", "body", second.pk)
    assert a.startswith("enc1:test:") and b.startswith("enc1:test:")
    assert a != b


def test_one_flipped_byte_makes_the_read_fail_loudly(entry):
    stored = raw("portal_journalentry", "body", entry.pk)
    prefix, body = stored.rsplit(":", 1)
    data = bytearray(base64.urlsafe_b64decode(body))
    data[20] ^= 0x01
    write_raw(
        "portal_journalentry",
        "body",
        entry.pk,
        f"{prefix}:{base64.urlsafe_b64encode(bytes(data)).decode()}",
    )
    loaded = fresh(JournalEntry, entry.pk)
    with pytest.raises(crypto.DecryptionError):
        loaded.body  # noqa: B018


def test_ciphertext_copied_to_another_row_or_field_fails(entry, client_profile):
    other = JournalEntry.objects.create(client=client_profile, title="Other", body="Other")
    stolen = raw("portal_journalentry", "body", entry.pk)
    write_raw("portal_journalentry", "body", other.pk, stolen)
    write_raw("portal_journalentry", "title", entry.pk, stolen)
    with pytest.raises(crypto.DecryptionError):
        fresh(JournalEntry, other.pk).body  # noqa: B018
    with pytest.raises(crypto.DecryptionError):
        fresh(JournalEntry, entry.pk).title  # noqa: B018


def test_ciphertext_is_never_shown_as_text(entry):
    sealed = JournalEntry.objects.values_list("body", flat=True).get(pk=entry.pk)
    with pytest.raises(crypto.DecryptionError):
        str(sealed)


def test_an_unknown_key_fails(entry, settings):
    settings.PORTAL_ENCRYPTION_KEYS = key("other")
    with pytest.raises(crypto.DecryptionError):
        fresh(JournalEntry, entry.pk).body  # noqa: B018


def test_add_a_key_rotate_remove_the_old_one_and_everything_reads(client_profile, settings):
    old = key("old")
    settings.PORTAL_ENCRYPTION_KEYS = old
    entries = [
        JournalEntry.objects.create(client=client_profile, title=f"T{n}", body=f"Body {n}")
        for n in range(5)
    ]
    goal = Goal.objects.create(client=client_profile, title="Sleep", why="Rest", measure_unit="")
    adapter = get_mfa_adapter()
    totp = Authenticator.objects.create(
        user=client_profile.user,
        type=Authenticator.Type.TOTP,
        data={"secret": adapter.encrypt("JBSWY3DPEHPK3PXP")},
    )

    new = key("new")
    settings.PORTAL_ENCRYPTION_KEYS = f"{new},{old}"
    call_command("rotate_encryption_keys", stdout=open(os.devnull, "w"))  # noqa: SIM115
    settings.PORTAL_ENCRYPTION_KEYS = new

    for n, entry in enumerate(entries):
        loaded = fresh(JournalEntry, entry.pk)
        assert (loaded.title, loaded.body) == (f"T{n}", f"Body {n}")
        assert raw("portal_journalentry", "body", entry.pk).startswith("enc1:new:")
    loaded_goal = fresh(Goal, goal.pk)
    assert (loaded_goal.title, loaded_goal.why, loaded_goal.measure_unit) == ("Sleep", "Rest", "")
    totp.refresh_from_db()
    assert adapter.decrypt(totp.data["secret"]) == "JBSWY3DPEHPK3PXP"


def test_totp_secrets_are_sealed_with_the_keyring_for_their_row(client_profile):
    from allauth.mfa.totp.internal.auth import TOTP

    totp = TOTP.activate(client_profile.user, "JBSWY3DPEHPK3PXP").instance
    stored = Authenticator.objects.filter(pk=totp.pk).values_list("data", flat=True).get()
    assert stored["secret"].startswith("enc1:test:") and "JBSWY3" not in stored["secret"]
    loaded = Authenticator.objects.get(pk=totp.pk)
    assert get_mfa_adapter().decrypt(loaded.data["secret"]) == "JBSWY3DPEHPK3PXP"
    # A secret opens only as part of its row: not on its own, not in another person's row.
    with pytest.raises(crypto.DecryptionError):
        get_mfa_adapter().decrypt(str(stored["secret"]))
    other = TOTP.activate(UserFactory(), "KRSXG5CTMVRXEZLU").instance
    Authenticator.objects.filter(pk=other.pk).update(data=stored)
    with pytest.raises(crypto.DecryptionError):
        Authenticator.objects.get(pk=other.pk).wrap().validate_code("123456")


def test_a_development_keyring_is_made_once_outside_the_repository(settings, tmp_path):
    settings.PORTAL_ENCRYPTION_KEYS = ""
    settings.PORTAL_KEYRING_FILE = str(tmp_path / "keys" / "portal-keys")
    token = crypto.encrypt("hello", "test")
    path = tmp_path / "keys" / "portal-keys"
    assert path.exists() and oct(path.stat().st_mode & 0o777) == "0o600"
    assert crypto.decrypt(token, "test") == "hello"


def test_recovery_codes_and_secrets_stored_in_clear_are_sealed_and_rotated(
    client_profile, settings
):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    old = key("old")
    settings.PORTAL_ENCRYPTION_KEYS = old
    codes = RecoveryCodes.activate(client_profile.user)
    unused = codes.get_unused_codes()
    legacy = Authenticator.objects.create(
        user=UserFactory(), type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    new = key("new")
    settings.PORTAL_ENCRYPTION_KEYS = f"{new},{old}"
    call_command("rotate_encryption_keys", stdout=open(os.devnull, "w"))  # noqa: SIM115
    settings.PORTAL_ENCRYPTION_KEYS = new
    refreshed = Authenticator.objects.get(pk=codes.instance.pk)
    assert refreshed.data["seed"].startswith("enc1:new:")
    assert RecoveryCodes(refreshed).get_unused_codes() == unused
    legacy.refresh_from_db()
    assert get_mfa_adapter().decrypt(legacy.data["secret"]) == "JBSWY3DPEHPK3PXP"


def test_plain_text_cannot_slip_past_the_model(entry):
    with pytest.raises(ValueError, match="encrypted"):
        JournalEntry.objects.filter(pk=entry.pk).update(body="in clear")
    entry.body = "in clear"
    with pytest.raises(ValueError, match="encrypted"):
        JournalEntry.objects.bulk_update([entry], ["body"])


def test_a_key_id_twice_in_the_keyring_is_refused(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.PORTAL_ENCRYPTION_KEYS = f"{key('same')},{key('same')}"
    with pytest.raises(ImproperlyConfigured, match="twice"):
        crypto.encrypt("x", "y")


def test_the_migration_binds_secrets_sealed_before_rows_were_named(client_profile):
    from importlib import import_module

    from allauth.mfa.totp.internal.auth import TOTP
    from django.apps import apps

    from portal import mfa

    totp = TOTP.activate(client_profile.user, "JBSWY3DPEHPK3PXP").instance
    unbound = {"secret": crypto.encrypt("JBSWY3DPEHPK3PXP", mfa.UNBOUND)}
    Authenticator.objects.filter(pk=totp.pk).update(data=unbound)
    with pytest.raises(crypto.DecryptionError):
        Authenticator.objects.get(pk=totp.pk).wrap().validate_code("123456")
    import_module("portal.migrations.0009_bind_mfa_secrets").seal(apps, None)
    bound = Authenticator.objects.get(pk=totp.pk)
    assert get_mfa_adapter().decrypt(bound.data["secret"]) == "JBSWY3DPEHPK3PXP"
