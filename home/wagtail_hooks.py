"""Admin rules for the site's own pages."""

from wagtail import hooks


@hooks.register("filter_form_submissions_for_user")
def only_the_owner_reads_messages(user, editable_forms):
    """Contact messages can hold personal, even urgent, news: only the owner reads them.

    Editors may edit the contact page itself; its submissions stay with superusers.
    """
    return editable_forms if user.is_superuser else editable_forms.none()
