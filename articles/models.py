"""The blog: an index of articles with tag, category and author listings, and the articles."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import ArticleStreamBlock
from .feeds import ArticleFeed

WORDS_PER_MINUTE = 200
CARD_RENDITIONS = ("fill-480x320", "fill-960x640")
RELATED_COUNT = 3


class Author(index.Indexed, models.Model):
    """Someone who writes for the practice; each has a page listing their articles."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True, max_length=100)
    role = models.CharField(max_length=100, blank=True, help_text="e.g. Counsellor, MBACP")
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = RichTextField(features=["bold", "italic", "link"], blank=True)
    practitioner = models.ForeignKey(
        "home.PractitionerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="authors",
        help_text="Their page on the team, where the author box and bylines lead.",
    )
    user = models.OneToOneField(
        "accounts.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
        help_text="Their sign-in, so their replies to comments are marked as the author's.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("practitioner"),
        FieldPanel("user"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def initials(self):
        return "".join(word[0] for word in self.name.split()[:2]).upper()

    @property
    def team_page(self):
        """Their practitioner page while it is published; bylines lead there when set."""
        page = self.practitioner
        return page if page is not None and page.live else None


class Category(index.Indexed, models.Model):
    """A broad subject (coping, relationships, goals); every article sits in one or more."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(unique=True, max_length=80)
    description = models.TextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticleIndexPage(RoutablePageMixin, Page):
    """Lists the articles beneath it, newest first, and by tag, category and author.

    Also serves the RSS feed, so every listing and the feed share one query.
    """

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    max_count = 1

    per_page = 12

    class Meta:
        verbose_name = "article index"

    def articles(self):
        """Live, public articles under this index, newest first, ready for listing cards."""
        return with_card_data(
            ArticlePage.objects.child_of(self).live().public().order_by("-date", "-pk")
        )

    def paginate(self, request, articles):
        """One page of results; a page number that is not a page answers 404."""
        paginator = Paginator(articles, self.per_page)
        try:
            return paginator.page(request.GET.get("page") or 1)
        except (PageNotAnInteger, EmptyPage) as error:
            raise Http404("No such page of articles.") from error

    def render_listing(self, request, articles, *, title, canonical, heading=None, **extra):
        return self.render(
            request,
            context_overrides={
                "page_obj": self.paginate(request, articles),
                "listing_title": title,
                "listing_heading": heading or title,
                "canonical_url": canonical,
                "categories": Category.objects.all(),
                **extra,
            },
        )

    def get_cached_paths(self):
        """Every route a shared cache may hold, for purging: the listing, the feed, and a
        listing per tag, category and author that has live articles here."""
        articles = ArticlePage.objects.child_of(self).live().public()
        tags = articles.values_list("tags__slug", flat=True).distinct()
        categories = articles.values_list("categories__slug", flat=True).distinct()
        authors = articles.values_list("author__slug", flat=True).distinct()
        return [
            "/",
            "feed/",
            *(f"tag/{slug}/" for slug in tags if slug),
            *(f"category/{slug}/" for slug in categories if slug),
            *(f"author/{slug}/" for slug in authors if slug),
        ]

    @path("")
    def index_view(self, request):
        return self.render_listing(
            request,
            self.articles(),
            title=self.seo_title or self.title,
            heading=self.title,
            listing_intro=self.intro,
            canonical=self.full_url,
        )

    @path("tag/<slug:tag>/", name="tag")
    def tag_view(self, request, tag):
        tag = get_object_or_404(Tag, slug=tag)
        return self.render_listing(
            request,
            self.articles().filter(tags=tag),
            title=f"Articles tagged “{tag.name}”",
            canonical=self.full_url + self.reverse_subpage("tag", args=[tag.slug]),
        )

    @path("category/<slug:slug>/", name="category")
    def category_view(self, request, slug):
        category = get_object_or_404(Category, slug=slug)
        return self.render_listing(
            request,
            self.articles().filter(categories=category),
            title=category.name,
            listing_intro=category.description,
            canonical=self.full_url + self.reverse_subpage("category", args=[slug]),
        )

    @path("author/<slug:slug>/", name="author")
    def author_view(self, request, slug):
        author = get_object_or_404(
            Author.objects.select_related("photo", "practitioner"), slug=slug
        )
        return self.render_listing(
            request,
            self.articles().filter(author=author),
            title=f"Articles by {author.name}",
            heading=author.name,
            canonical=self.full_url + self.reverse_subpage("author", args=[slug]),
            author=author,
        )

    @path("feed/", name="feed")
    def feed_view(self, request):
        return ArticleFeed(self)(request)


def with_card_data(queryset):
    """Everything a listing card shows, fetched in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    return queryset.select_related("author").prefetch_related(
        Prefetch("hero_image", queryset=images),
        "categories",
    )


class ArticleRelatedLink(Orderable):
    """An article the editor chose to show under another one."""

    page = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="related_links"
    )
    related = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("related", "articles.ArticlePage")]


class ArticlePage(Page):
    """One article: hero, body of blocks with a table of contents, author, tags and related."""

    # Header
    subtitle = models.CharField(max_length=200, blank=True)
    intro = models.TextField(help_text="One or two sentences shown in listings and previews.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_alt = models.CharField(
        "hero image alt text",
        max_length=250,
        blank=True,
        help_text="Describe the image for people who cannot see it. Required with an image.",
    )
    hero_caption = models.CharField(max_length=250, blank=True)
    # Content
    body = StreamField(ArticleStreamBlock())
    # About the article
    author = models.ForeignKey(
        Author, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    date = models.DateField("publication date", default=timezone.localdate)
    categories = ParentalManyToManyField(Category, blank=True, related_name="articles")
    tags = ClusterTaggableManager(through=ArticleTag, blank=True)
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)
    allow_comments = models.BooleanField(
        default=True, help_text="Readers may comment (comments also close as articles age)."
    )
    email_subscribers = models.BooleanField(
        "email it to newsletter subscribers",
        default=False,
        help_text=(
            "When the article is first published, send it to everyone subscribed to the "
            "newsletter. Each article is sent once; later edits are not sent again."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("subtitle"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt"), FieldPanel("hero_caption")],
            heading="Hero image",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldPanel("date"),
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading="About this article",
        ),
        InlinePanel(
            "related_links",
            heading="Related articles",
            label="Related article",
            max_num=RELATED_COUNT,
            help_text="Leave empty to show articles that share its tags.",
        ),
    ]

    settings_panels = [
        *Page.settings_panels,
        FieldPanel("allow_comments"),
        FieldPanel("email_subscribers"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("subtitle"),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("author", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    og_type = "article"
    # A copy is a new page: whether to email it is the editor's choice again.
    exclude_fields_in_copy = ["email_subscribers"]

    class Meta:
        verbose_name = "article"

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt.strip():
            raise ValidationError({"hero_alt": "Describe the hero image for screen reader users."})

    @cached_property
    def byline_author(self):
        """The author with their photo and team page, in one query for the byline, the
        author box and the structured data."""
        if self.author_id is None:
            return None
        return (
            Author.objects.select_related("photo", "practitioner").filter(pk=self.author_id).first()
        )

    @property
    def author_user_id(self):
        """Who may reply as this article's author (comments badge their replies)."""
        return self.author.user_id if self.author else None

    def save(self, *args, **kwargs):
        self.reading_minutes = self.compute_reading_minutes()
        super().save(*args, **kwargs)

    def compute_reading_minutes(self):
        text = " ".join([self.intro, strip_tags(str(self.body.render_as_block()))])
        return max(1, round(len(re.findall(r"\w+", text)) / WORDS_PER_MINUTE))

    @cached_property
    def index_url(self):
        """The listing this article belongs to; tag, category and author links hang off it."""
        return self.get_parent().url

    def structured_data(self):
        """schema.org Article data for search engines."""
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "description": self.search_description or self.intro,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or timezone.now()).isoformat(),
            "mainEntityOfPage": self.full_url,
            "wordCount": self.reading_minutes * WORDS_PER_MINUTE,
            "keywords": [tag.name for tag in self.tag_list],
        }
        author = self.byline_author
        if author:
            data["author"] = {"@type": "Person", "name": author.name}
            if author.team_page:
                data["author"]["url"] = author.team_page.full_url
        if self.hero_image:
            data["image"] = self.hero_image.get_rendition("fill-1200x630").full_url
        return data

    def table_of_contents(self):
        """The section headings, each with the anchor its heading block renders."""
        return [
            {"text": block.value["text"], "anchor": block.value.anchor()}
            for block in self.body
            if block.block_type == "heading" and block.value["level"] == "h2"
        ]

    @cached_property
    def siblings(self):
        """Live, public articles beside this one (the view-restriction lookup runs once)."""
        return ArticlePage.objects.sibling_of(self).live().public()

    @cached_property
    def tag_list(self):
        return list(self.tags.all())

    def previous_article(self):
        return (
            self.siblings.filter(Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk))
            .order_by("-date", "-pk")
            .first()
        )

    def next_article(self):
        return (
            self.siblings.filter(Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk))
            .order_by("date", "pk")
            .first()
        )

    @cached_property
    def related_articles(self):
        """The editor's choice; else those sharing most tags, then a category, then newest."""
        chosen = [link.related_id for link in self.related_links.all()]
        articles = with_card_data(self.siblings.exclude(pk=self.pk))
        if chosen:
            by_id = articles.in_bulk(chosen)
            return [by_id[pk] for pk in chosen if pk in by_id]
        my_tags = ArticleTag.objects.filter(content_object=self).values("tag_id")
        my_categories = Category.objects.filter(articles=self).values("pk")
        return list(
            articles.annotate(
                shared_tags=Count(
                    "tagged_items", filter=Q(tagged_items__tag__in=my_tags), distinct=True
                ),
                shared_categories=Count(
                    "categories", filter=Q(categories__in=my_categories), distinct=True
                ),
            ).order_by("-shared_tags", "-shared_categories", "-date", "-pk")[:RELATED_COUNT]
        )


class Announcement(models.Model):
    """An article's first publication, told once to the feed, push and the newsletter.

    It lives beside the page rather than on it: publishing a revision rewrites every page
    field, so a flag on the page would be reset by each edit and announce it again.
    """

    page = models.OneToOneField(ArticlePage, on_delete=models.CASCADE, related_name="announcement")
    announced_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-announced_at"]

    def __str__(self):
        return f"{self.page} (announced {self.announced_at:%d %b %Y})"
