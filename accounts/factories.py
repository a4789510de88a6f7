"""Test factories for people: verified users with roles."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory, Password

from .models import User

PASSWORD = "a-long-test-password"  # noqa: S105


class UserFactory(DjangoModelFactory):
    """A user whose email is verified, so allauth lets them sign in."""

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = Password(PASSWORD)

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(
                user=obj, email=obj.email, primary=True, verified=extracted is not False
            )

    @factory.post_generation
    def groups(obj, create, extracted, **kwargs):
        add_groups(obj, create, extracted)


def add_groups(user, create, names):
    if create and names:
        user.groups.add(*Group.objects.filter(name__in=names))


class EditorFactory(UserFactory):
    groups = factory.PostGeneration(
        lambda user, create, extracted, **kwargs: add_groups(user, create, extracted or ["Editors"])
    )


class OwnerFactory(UserFactory):
    is_staff = True
    is_superuser = True
