from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles"

    def ready(self):
        from . import announce, receivers  # noqa: F401 - receivers connect themselves

        announce.connect()
