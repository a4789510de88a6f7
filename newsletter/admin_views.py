"""Emailing a published article to the subscribers from the admin, once per article.

For an article published without "email it to newsletter subscribers" ticked. Anyone who
may publish the article may send it; the page then shows the mailing's progress.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from wagtail.admin.ui.menus.pages import PageMenuItem

from articles.models import ArticlePage

from .mailings import start_mailing
from .models import Mailing, Subscriber


class SendToSubscribersButton(PageMenuItem):
    label = "Email to subscribers"
    icon_name = "mail"
    url_name = "newsletter_send_article"

    def is_shown(self, user):
        return (
            self.page.live
            and self.page.specific_class is ArticlePage
            and self.page.permissions_for_user(user).can_publish()
        )


def send_article(request, page_id):
    article = get_object_or_404(ArticlePage.objects.live().public(), pk=page_id)
    if not article.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if request.method == "POST":
        mailing, started = start_mailing(article, request.user)
        if started:
            messages.success(request, f"“{article.title}” is on its way to the subscribers.")
        else:
            messages.warning(request, f"“{article.title}” was already sent; no one gets it twice.")
        return redirect("newsletter_send_article", page_id=article.pk)
    return TemplateResponse(
        request,
        "newsletter/admin/send_article.html",
        {
            "article": article,
            "mailing": Mailing.objects.with_progress().filter(article=article).first(),
            "subscriber_count": Subscriber.objects.confirmed().count(),
        },
    )
