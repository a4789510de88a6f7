"""Versions that name the current state of what cached fragments show.

A fragment's cache key carries the version of what it shows; a change bumps the version,
so every fragment showing the old state is simply never asked for again (and ages out).
`content` covers pages, menus, snippets and settings: it changes when anything is
published, unpublished, moved or edited in the admin, a few times a day at most.
"""

import uuid
from contextvars import ContextVar

from django.core.cache import cache, caches
from django.db import transaction

CONTENT = "content"
# Django's {% cache %} tag keeps its fragments under this alias too.
FRAGMENTS = "template_fragments"


def kept():
    """Where what is made from the current versions is kept: each process's own memory.
    Its keys carry the versions, read from the shared cache, so a change seen by one
    process is seen by all; only the versions need the shared (possibly database) cache."""
    return caches[FRAGMENTS]


# The versions one request has read: each is asked for once a request, not once a fragment.
_read = ContextVar("fragment_versions", default=None)


class VersionsPerRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _read.set({})
        try:
            return self.get_response(request)
        finally:
            _read.reset(token)


def version(name):
    read = _read.get()
    if read is not None and name in read:
        return read[name]
    key = f"fragments:{name}"
    value = cache.get(key)
    if value is None:
        cache.add(key, uuid.uuid4().hex[:12], None)
        value = cache.get(key)
    if read is not None:
        read[name] = value
    return value


def bump(name):
    """Everything cached under the old version of `name` is out of date: at once, and again
    when the change is committed, so nothing read from the old state while it was being
    saved stays cached under the new version."""
    _renew(name)
    transaction.on_commit(lambda: _renew(name))


def _renew(name):
    value = uuid.uuid4().hex[:12]
    cache.set(f"fragments:{name}", value, None)
    read = _read.get()
    if read is not None:
        read[name] = value
