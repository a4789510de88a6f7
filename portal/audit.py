"""Every time someone opens a client's data, the client can see it (rule 5)."""

from .models import AccessEvent


def record_access(viewer, client, what):
    """Note that someone opened a client's data; the client sees the list."""
    AccessEvent.objects.create(client=client, viewer=viewer, what=what)
