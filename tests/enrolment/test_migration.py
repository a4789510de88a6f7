"""Moving offers, enrolments and the enrol page out of the portal app loses nothing.

A database as it stood before the move (offers, enrolments, an invitation that came from
one, the enrol page in the tree, the owner's group permissions) is migrated forward, and
every row, the page tree and the permissions are where they were.
"""

from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page, Site

from enrolment.models import Enrolment, EnrolPage, Offer
from portal.models import Invitation

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("portal", "0009_bind_mfa_secrets"), ("enrolment", None)]


@pytest.fixture(autouse=True)
def content_types_as_stored():
    """Content types are renamed under the cache's feet: forget them, and leave every model's
    cached for the database restore that follows (it must not create any)."""
    yield
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*django_apps.get_models())


def migrate(targets):
    apps = MigrationExecutor(connection).migrate(targets).apps
    ContentType.objects.clear_cache()
    return apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def fill_the_old_tables(old):
    """What a running site held before the move, written through the old models."""
    content_types = old.get_model("contenttypes", "ContentType").objects
    portal_types = {
        name: content_types.get_or_create(app_label="portal", model=name)[0]
        for name in ("offer", "enrolment", "enrolpage")
    }
    permissions = old.get_model("auth", "Permission").objects
    owner_permissions = [
        permissions.get_or_create(
            content_type=portal_types[model],
            codename=f"{action}_{model}",
            defaults={"name": f"Can {action} {model}"},
        )[0]
        for model in ("offer", "enrolment")
        for action in ("view", "change")
    ]
    owners = old.get_model("auth", "Group").objects.create(name="Practice owners")
    owners.permissions.set(owner_permissions)

    offer = old.get_model("portal", "Offer").objects.create(
        title="The first 14", places=14, places_taken=2, offer_price=50, regular_price=80
    )
    enrolments = [
        old.get_model("portal", "Enrolment").objects.create(
            name=f"Person {n}",
            email=f"person{n}@example.com",
            help_with="Sleep",
            service="coaching",
            consent_text="I agree.",
            offer=offer,
            place=n,
            price=50,
        )
        for n in (1, 2)
    ]
    old.get_model("portal", "Invitation").objects.create(
        email=enrolments[0].email, name="Person 1", role="client", enrolment=enrolments[0]
    )

    # The page row through treebeard (historical models have no tree), then its own table.
    home = Site.objects.get(is_default_site=True).root_page
    page = home.add_child(
        instance=Page(title="Enrol", slug="enrol", content_type_id=portal_types["enrolpage"].pk)
    )
    old.get_model("portal", "EnrolPage")(
        page_ptr_id=page.pk, intro="<p>Hello</p>", regular_price=80, next_steps=""
    ).save_base(raw=True)
    return offer.pk, [e.pk for e in enrolments], page


def test_the_move_keeps_rows_page_tree_and_permissions(client, owner):
    old = migrate(BEFORE)
    offer_pk, enrolment_pks, page = fill_the_old_tables(old)
    tree_before = list(Page.objects.order_by("path").values_list("pk", "path", "depth"))

    migrate(latest())

    offer = Offer.objects.get(pk=offer_pk)
    assert (offer.title, offer.places, offer.places_taken) == ("The first 14", 14, 2)
    enrolments = list(Enrolment.objects.filter(pk__in=enrolment_pks).order_by("place"))
    assert [(e.email, e.place, e.price, e.offer_id) for e in enrolments] == [
        ("person1@example.com", 1, Decimal("50.00"), offer_pk),
        ("person2@example.com", 2, Decimal("50.00"), offer_pk),
    ]
    assert Invitation.objects.get().enrolment == enrolments[0]

    assert list(Page.objects.order_by("path").values_list("pk", "path", "depth")) == tree_before
    enrol_page = Page.objects.get(pk=page.pk).specific
    assert isinstance(enrol_page, EnrolPage) and enrol_page.intro == "<p>Hello</p>"
    assert client.get("/enrol/").status_code == 200

    owners = Group.objects.get(name="Practice owners")
    assert set(owners.permissions.values_list("content_type__app_label", "codename")) == {
        ("enrolment", "view_offer"),
        ("enrolment", "change_offer"),
        ("enrolment", "view_enrolment"),
        ("enrolment", "change_enrolment"),
    }
    assert not ContentType.objects.filter(app_label="portal", model="offer").exists()
    assert (
        Permission.objects.filter(content_type__app_label="portal", codename="view_offer")[
            :1
        ].count()
        == 0
    )

    client.force_login(owner)
    assert "Person 1" in client.get("/admin/portal/enrolment/").content.decode()
