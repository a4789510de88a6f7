from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content for a fresh install; depends on every app, and nothing depends on it."""

    name = "demo"
    verbose_name = "Demo content"
