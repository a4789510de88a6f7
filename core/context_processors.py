from django.utils.functional import SimpleLazyObject

from .fragments import CONTENT, version


def fragments(request):
    """`content_version`, for the cache keys of fragments that show published content."""
    return {"content_version": SimpleLazyObject(lambda: version(CONTENT))}
