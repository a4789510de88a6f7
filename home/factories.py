"""Test factories for the site's own page types."""

import wagtail_factories

from .models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "About the practice"
    intro = "How we work."

    class Meta:
        model = StandardPage
