from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_migrate


def create_cache_table(sender, using, **kwargs):
    """A database cache (production without Redis) gets its table whenever migrate runs."""
    call_command("createcachetable", database=using, verbosity=0)


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Shared"

    def ready(self):
        from . import receivers  # noqa: F401 - connects them

        post_migrate.connect(create_cache_table, sender=self, dispatch_uid="core-cache-table")
