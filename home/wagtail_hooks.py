"""Admin rules for the site's own pages."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .models import Service, Testimonial


@hooks.register("filter_form_submissions_for_user")
def only_the_owner_reads_messages(user, editable_forms):
    """Contact messages can hold personal, even urgent, news: only the owner reads them.

    Editors may edit the contact page itself; its submissions stay with superusers.
    """
    return editable_forms if user.is_superuser else editable_forms.none()


# Services and testimonials are chosen in the home page's sections (home/blocks.py), and a
# snippet chooser needs its model registered as a snippet. Minimal for now: the services and
# testimonials admin replaces these two lines with its own viewsets.
register_snippet(Service)
register_snippet(Testimonial)
