from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Newsletter"

    def ready(self):
        from articles.announce import article_announced
        from core.outbox import email_accepted

        from . import receivers

        article_announced.connect(receivers.article_announced, dispatch_uid="newsletter-announce")
        email_accepted.connect(receivers.email_accepted, dispatch_uid="newsletter-accepted")
