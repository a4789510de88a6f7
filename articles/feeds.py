"""The RSS 2.0 feed of articles: summary in <description>, full text in <content:encoded>."""

import mimetypes
from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed

from home.models import SiteSettings

FEED_SIZE = 20
ENCLOSURE_RENDITION = "fill-960x640"


class FullTextRss(Rss201rev2Feed):
    """RSS 2.0 with the content module, so feed readers can show whole articles."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_encoded"):
            handler.addQuickElement("content:encoded", item["content_encoded"])


class ArticleFeed(Feed):
    feed_type = FullTextRss

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{SiteSettings.load(self.request).practice_name}: {self.index_page.title}"

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return self.link() + self.index_page.reverse_subpage("feed")

    def description(self):
        return self.index_page.intro or self.title()

    def items(self):
        """The announced articles: the feed hears of an article when push and email do."""
        articles = self.index_page.articles().filter(announcement__isnull=False)
        return articles.prefetch_related("tags")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author.name if item.author else None

    def item_categories(self, item):
        return [category.name for category in item.categories.all()] + [
            tag.name for tag in item.tags.all()
        ]

    def item_enclosures(self, item):
        if not item.hero_image:
            return []
        rendition = item.hero_image.get_rendition(ENCLOSURE_RENDITION)
        return [
            Enclosure(
                url=self.request.build_absolute_uri(rendition.url),
                length=str(rendition.file.size),
                mime_type=mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg",
            )
        ]

    def item_extra_kwargs(self, item):
        return {"content_encoded": str(item.body.render_as_block())}
