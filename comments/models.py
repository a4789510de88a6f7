"""Reader comments on any commentable page, threaded, with their moderation state."""

import re

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.safestring import mark_safe

from .text import as_html


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self):
        return self.filter(status=Comment.Status.PENDING)

    def for_display(self, page, also_ids=()):
        """Approved comments on a page, plus the reader's own pending ones, oldest first.

        One query: the team badge is computed in SQL, the tree is built in Python.
        """
        editors = Group.objects.filter(name="Editors", user=OuterRef("user_id"))
        team = models.Q(user__is_staff=True) | models.Q(Exists(editors))
        visible = models.Q(status=Comment.Status.APPROVED)
        if also_ids:
            visible |= models.Q(pk__in=list(also_ids), status=Comment.Status.PENDING)
        return (
            self.filter(visible, page=page)
            .select_related("user")
            .annotate(by_team=models.ExpressionWrapper(team, output_field=models.BooleanField()))
            .order_by("created", "pk")
        )


class Comment(models.Model):
    """What a reader wrote under a page. The email, given only by readers who want reply
    notices, is kept for those and never shown."""

    class Status(models.TextChoices):
        PENDING = "pending", "Awaiting moderation"
        APPROVED = "approved", "Approved"
        SPAM = "spam", "Spam"
        REMOVED = "removed", "Removed"

    # Where it hangs
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="reader_comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    replied_to = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The comment answered, when the thread was too deep to nest under it.",
    )
    # Who wrote it
    author_name = models.CharField("name", max_length=100)
    author_email = models.EmailField("email", blank=True)
    author_url = models.URLField("website", blank=True, max_length=300)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reader_comments",
    )
    # What they wrote, and the same as HTML, made once on saving (comments/text.py)
    body = models.TextField()
    body_html = models.TextField(editable=False, blank=True)
    # Moderation
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    needs_care = models.BooleanField(
        default=False, help_text="Mentions self-harm or suicide: reply with care, soon."
    )
    notify_replies = models.BooleanField("email me replies", default=False)
    reply_notified = models.BooleanField(default=False, editable=False)
    # Spam handling
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    user_agent = models.CharField(max_length=300, blank=True, editable=False)
    created = models.DateTimeField(default=timezone.now, db_index=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        indexes = [models.Index(fields=["page", "status", "created"])]

    def __str__(self):
        return f"{self.author_name} on {self.page}: {self.excerpt()}"

    def save(self, *args, **kwargs):
        fields = kwargs.get("update_fields")
        if fields is None or "body" in fields:
            self.body_html = as_html(self.body)
            if fields is not None:
                kwargs["update_fields"] = {*fields, "body_html"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{self.page.url}#comment-{self.pk}"

    @property
    def body_markup(self):
        """The HTML made from the body on saving: every piece of it escaped there."""
        return mark_safe(self.body_html)  # noqa: S308 - made by comments.text.as_html

    def excerpt(self, length=80):
        text = " ".join(self.body.split())
        return text if len(text) <= length else text[: length - 1] + "…"

    excerpt.short_description = "comment"

    @property
    def initials(self):
        parts = [part for part in re.split(r"\s+", self.author_name.strip()) if part]
        return "".join(part[0] for part in parts[:2]).upper() or "?"
