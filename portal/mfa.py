"""Second factors: which sign-ins may show client data, and how their secrets are kept.

Rule 8 asks for a second factor *in the sign-in*, not merely on the account: a session
opened with the password alone stays short of client data even after the authenticator is
set up elsewhere. allauth records how each session authenticated; a session also counts
once it has set the authenticator up itself (it just proved it holds the app).

Changing a second factor, or the password, ends the person's other sessions.

TOTP secrets and recovery-code seeds are sealed with the portal keyring (rule 4), bound to
their row like every other sealed value. allauth seals a secret before its row exists and
opens it without naming the row, so a value is sealed for the row as the row is first
saved, and each value read from the database carries its row's binding to `decrypt`. A
person has at most one authenticator of each of these types (allauth's constraint), so the
owner and the type name the row.
"""

from allauth.account.authentication import get_authentication_records
from allauth.account.signals import password_changed, password_reset, password_set
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added, authenticator_removed
from allauth.mfa.utils import is_mfa_enabled
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.db.models.signals import post_init, pre_save
from django.dispatch import receiver

from . import crypto

SET_UP_SESSION_KEY = "portal_second_factor_set_up"
SET_UP = "mfa_activate_totp"
ENTER_CODE = "mfa_reauthenticate"

# What allauth's own calls seal with, before the row is known: never read back as such.
UNBOUND = "allauth.mfa"
SEALED_TYPES = (Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES)


# The gate


def lacks_authenticator_app(user):
    """Whether a coach must still set up an authenticator app before seeing any client."""
    return settings.PORTAL_COACH_MFA_REQUIRED and not is_mfa_enabled(
        user, [Authenticator.Type.TOTP]
    )


def second_factor_step(request):
    """What this sign-in still has to do before a coach sees client data (rule 8): None,
    SET_UP (the account has no authenticator app) or ENTER_CODE (this sign-in has not
    used it). One query."""
    if not settings.PORTAL_COACH_MFA_REQUIRED:
        return None
    user = request.user
    kinds = dict(Authenticator.objects.filter(user=user).values_list("pk", "type"))
    if Authenticator.Type.TOTP not in kinds.values():
        return SET_UP
    used = {
        record.get("id")
        for record in get_authentication_records(request, user)
        if record.get("method") == "mfa"
    }
    used.add(request.session.get(SET_UP_SESSION_KEY))
    return None if used & kinds.keys() else ENTER_CODE


def end_other_sessions(request, user):
    """End every other session of the person's (allauth lists them at sign-in)."""
    others = UserSession.objects.filter(user=user).exclude(session_key=request.session.session_key)
    for session in others:
        session.end()


@receiver(authenticator_added)
def count_the_set_up_and_end_other_sessions(sender, request, user, authenticator, **kwargs):
    if authenticator.type == Authenticator.Type.TOTP:
        request.session[SET_UP_SESSION_KEY] = authenticator.pk
    end_other_sessions(request, user)


@receiver(authenticator_removed)
def end_other_sessions_on_removal(sender, request, user, **kwargs):
    end_other_sessions(request, user)


@receiver(password_changed)
@receiver(password_set)
def end_other_sessions_on_new_password(sender, request, user, **kwargs):
    end_other_sessions(request, user)


@receiver(password_reset)
def end_sessions_on_reset(sender, request, user, **kwargs):
    """A reset comes from an email link, often on another device than the sessions."""
    end_other_sessions(request, user)


# Sealing the secrets


class BoundToken(str):
    """A sealed value as read from its row, carrying the row's binding for `decrypt`."""

    associated_data = ""

    def __new__(cls, token, associated_data):
        value = super().__new__(cls, token)
        value.associated_data = associated_data
        return value


class MFAAdapter(DefaultMFAAdapter):
    def encrypt(self, text):
        return crypto.encrypt(text, UNBOUND)

    def decrypt(self, encrypted_text):
        binding = getattr(encrypted_text, "associated_data", "")
        if not binding:
            raise crypto.DecryptionError("A second-factor secret opens only from its own row.")
        return crypto.decrypt(encrypted_text, binding)


def binding_of(user_id, kind):
    return f"allauth.mfa:{kind}:{user_id}"


def reseal(data, binding, primary, accept_unbound=False):
    """Seal each secret in an authenticator's `data` for its row with the `primary` key, in
    place; True when anything changed.

    Opens values under older keys and values stored in clear before sealing began;
    `accept_unbound` also opens values sealed before the row was known (at creation, and
    in the migration that bound existing rows).
    """

    def sealed(value):
        if crypto.key_id_of(value) is None:
            return crypto.encrypt(value, binding)
        try:
            plain = crypto.decrypt(value, binding)
        except crypto.DecryptionError:
            if not accept_unbound:
                raise
            plain = crypto.decrypt(value, UNBOUND)
        else:
            if crypto.key_id_of(value) == primary:
                return value
        return crypto.encrypt(plain, binding)

    changed = False
    for name, value in secrets_in(data):
        new = BoundToken(sealed(value), binding)
        changed |= new != value
        store(data, name, new)
    return changed


def secrets_in(data):
    """(place, value) for each sealed value allauth keeps in an authenticator's data."""
    if not isinstance(data, dict):
        return
    for name in ("secret", "seed"):
        if isinstance(data.get(name), str):
            yield name, data[name]
    for index, code in enumerate(data.get("migrated_codes") or []):
        if isinstance(code, str):
            yield ("migrated_codes", index), code


def store(data, place, value):
    if isinstance(place, tuple):
        name, index = place
        data[name][index] = value
    else:
        data[place] = value


def sealed_row(instance):
    """The row's binding if it holds sealed secrets and they are loaded, else None."""
    fields = instance.__dict__
    if fields.get("type") not in SEALED_TYPES or "data" not in fields:
        return None
    return binding_of(fields.get("user_id"), fields["type"])


@receiver(post_init, sender=Authenticator)
def carry_the_binding(sender, instance, **kwargs):
    binding = sealed_row(instance)
    if binding:
        for place, value in list(secrets_in(instance.data)):
            store(instance.data, place, BoundToken(value, binding))


@receiver(pre_save, sender=Authenticator)
def bind_new_secrets_to_their_row(sender, instance, **kwargs):
    binding = sealed_row(instance)
    if binding and instance._state.adding:
        reseal(instance.data, binding, crypto.keyring()[0][0], accept_unbound=True)
