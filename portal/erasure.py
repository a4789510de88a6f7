"""A client erasing their account takes everything they wrote with it (rule 6)."""

from enrolment.models import Enrolment

from .models import Invitation


def erase_client(user):
    """Delete a client's account and everything they wrote, enrolments included.

    Deleting the user cascades to the profile and every goal, entry, check-in, homework,
    feedback thread, session and access event hanging off it.
    """
    addresses = {user.email.lower(), *(a.email.lower() for a in user.emailaddress_set.all())}
    Enrolment.objects.filter(email__in=addresses).delete()
    Invitation.objects.filter(email__in=addresses).delete()
    user.delete()
