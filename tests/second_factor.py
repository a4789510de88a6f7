"""An authenticator app for tests: the secret it holds and the code it shows now."""

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)

TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def totp_code(secret=TOTP_SECRET):
    """What the person's authenticator app shows now."""
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def authenticator_app(user, secret=TOTP_SECRET):
    """The person's authenticator app, set up with `secret` if they have none yet."""
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, secret).instance
