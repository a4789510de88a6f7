"""The site's own pages: home, standard pages and the contact form."""

from django.db import models
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.forms import DEFENCES, reviews_cached_posts

from ..blocks import BaseStreamBlock, HomeStreamBlock
from ..forms import ContactFormBuilder
from ..signals import contact_message_received
from .settings import SiteSettings


class HomePage(Page):
    """The front page: a hero with the practice's promise, then the sections the owner
    arranges (the offer, services, how it works, articles, testimonials, questions)."""

    body = StreamField(HomeStreamBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]

    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.ContactPage",
        "home.TeamPage",
        "home.ServicesPage",
        "articles.ArticleIndexPage",
        "donations.DonationPage",
        "enrolment.EnrolPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    @property
    def hero(self):
        """The hero block's value, or None when the page has none."""
        return next((block.value for block in self.body if block.block_type == "hero"), None)

    # What search engines and link previews read (home/templatetags/home_tags.py seo_meta).
    @property
    def intro(self):
        return self.hero["text"] if self.hero else ""

    @property
    def hero_image(self):
        return self.hero["image"] if self.hero else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One sign-up form a page: the footer's gives way to a newsletter section.
        if any(block.block_type == "newsletter" for block in self.body):
            context["hide_footer_signup"] = True
        return context


class StandardPage(Page):
    """An ordinary page of text: about the practice, fees, privacy notice."""

    intro = models.TextField(blank=True, help_text="A sentence or two under the title.")
    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = "standard page"


class ContactFormField(AbstractFormField):
    page = ParentalKey("home.ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(AbstractEmailForm):
    """The contact form: the owner edits its fields, recipient, subject and thank-you text.

    Each message is stored (Submissions in the admin), emailed to the owner with reply-to
    set to the sender, and acknowledged to the sender. Messages that mention self-harm or
    suicide are marked urgent, and their sender sees the crisis-support text at once.
    """

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    thank_you_text = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="Shown after a message is sent.",
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="Email to the practice",
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "contact page"

    form_builder = ContactFormBuilder

    def get_form_parameters(self):
        return {"scope": self.pk}

    @reviews_cached_posts
    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        problem = form.screen(request)
        if form.is_valid():
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(
            request, self.get_template(request), context, status=429 if problem == "rate" else 200
        )

    def process_form_submission(self, form):
        """Store the message (without the spam-check fields); home/receivers.py emails it.

        Replaces Wagtail's version, which would also send its own plain email at once.
        """
        for name in DEFENCES:
            form.cleaned_data.pop(name, None)
        submission = self.get_submission_class().objects.create(
            form_data=form.cleaned_data, page=self
        )
        contact_message_received.send(type(self), submission=submission)
        return submission

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        if form_submission is not None:
            text = " ".join(str(value) for value in form_submission.form_data.values())
            response.context_data["urgent"] = SiteSettings.load().mentions_care_keywords(text)
        return response
