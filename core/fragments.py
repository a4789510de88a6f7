"""Versions that name the current state of what cached fragments show.

A fragment's cache key carries the version of what it shows; a change bumps the version,
so every fragment showing the old state is simply never asked for again (and ages out).
`content` covers pages, menus, snippets and settings: it changes when anything is
published, unpublished, moved or edited in the admin, a few times a day at most.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

CONTENT = "content"


def version(name):
    key = f"fragments:{name}"
    value = cache.get(key)
    if value is None:
        cache.add(key, uuid.uuid4().hex[:12], None)
        value = cache.get(key)
    return value


def bump(name):
    """Everything cached under the old version of `name` is out of date: at once, and again
    when the change is committed, so nothing read from the old state while it was being
    saved stays cached under the new version."""
    _renew(name)
    transaction.on_commit(lambda: _renew(name))


def _renew(name):
    cache.set(f"fragments:{name}", uuid.uuid4().hex[:12], None)
