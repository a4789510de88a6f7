"""Admin screens for the blog's snippets: authors and categories."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Author, Category


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role", "practitioner", "slug"]

    def get_queryset(self, request):
        return Author.objects.select_related("practitioner")


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "description"]


register_snippet(AuthorViewSet)
register_snippet(CategoryViewSet)
