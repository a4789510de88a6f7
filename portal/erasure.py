"""A client erasing their account takes everything they wrote with it (rule 6)."""

from django.db.models import Q

from enrolment.models import Enrolment

from .models import Invitation


def erase_client(user):
    """Delete a client's account and everything they wrote, enrolments included.

    Deleting the user cascades to the profile and every goal, entry, check-in, homework,
    feedback thread, session and access event hanging off it. An enrolment is theirs by
    address or by the invitation they accepted (they may have changed address since); its
    payments go with it, but their invoices stay, without a payment, in the practice's
    accounts, which it must keep.
    """
    addresses = {user.email.lower(), *(a.email.lower() for a in user.emailaddress_set.all())}
    theirs = Q(email__in=addresses)
    Enrolment.objects.filter(theirs | Q(invitations__accepted_by=user)).delete()
    Invitation.objects.filter(theirs | Q(accepted_by=user)).delete()
    user.delete()
