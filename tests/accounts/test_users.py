"""The email-only user model and the role groups made by migration."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

pytestmark = pytest.mark.django_db


def test_users_are_keyed_by_lower_case_email():
    user = get_user_model().objects.create_user("Sam.Rivers@Example.COM", "pw-12345678")
    assert user.email == "sam.rivers@example.com"
    assert user.check_password("pw-12345678")
    assert not user.is_staff and not user.is_superuser
    assert not hasattr(user, "username") or user.username is None


def test_an_email_is_required():
    with pytest.raises(ValueError, match="email"):
        get_user_model().objects.create_user("", "pw")


def test_superuser():
    owner = get_user_model().objects.create_superuser("owner@example.com", "pw-12345678")
    assert owner.is_staff and owner.is_superuser


def test_role_groups_exist_after_migrate():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Coaches", "Clients"} <= names


def test_editors_reach_the_admin_and_may_publish():
    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="access_admin").exists()
    root = Page.get_first_root_node()
    codenames = set(
        GroupPagePermission.objects.filter(group=editors, page=root).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page", "publish_page"} <= codenames


@pytest.mark.parametrize("name", ["Coaches", "Clients"])
def test_coaches_and_clients_have_no_admin_rights(name):
    group = Group.objects.get(name=name)
    assert not group.permissions.exists()
    assert not GroupPagePermission.objects.filter(group=group).exists()
