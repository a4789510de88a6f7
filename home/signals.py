"""What the site's pages announce, so that models need not import the tasks that follow."""

from django.dispatch import Signal

# A visitor's contact message was stored (kwargs: submission). home/receivers.py emails it.
contact_message_received = Signal()
