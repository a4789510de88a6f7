"""What the enrol page announces, so that its model need not import the tasks that follow."""

from django.dispatch import Signal

# Someone enrolled (kwargs: enrolment, again). enrolment/receivers.py sends the emails.
enrolled = Signal()
