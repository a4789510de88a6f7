from django.apps import AppConfig


class EnrolmentConfig(AppConfig):
    name = "enrolment"
    verbose_name = "Enrolment"

    def ready(self):
        from . import receivers  # noqa: F401 - connects them
