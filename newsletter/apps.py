from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Newsletter"

    def ready(self):
        from articles.announce import article_announced

        from .receivers import article_announced as announce_to_readers

        article_announced.connect(announce_to_readers, dispatch_uid="newsletter-announce")
