"""Editors manage authors and categories in the admin."""

import pytest

pytestmark = pytest.mark.django_db


def test_editor_lists_and_searches_authors(client, editor, full_article):
    client.force_login(editor)
    response = client.get("/admin/snippets/articles/author/", {"q": "Cara"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cara Lane" in html
    assert "Counsellor" in html


def test_editor_adds_a_category(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/articles/category/add/",
        {"name": "Grief", "slug": "grief", "description": "Living with loss."},
    )
    assert response.status_code == 302
    assert client.get("/admin/snippets/articles/category/").content.decode().count("Grief") >= 1


def test_readers_cannot_reach_the_snippets(client, user):
    client.force_login(user)
    response = client.get("/admin/snippets/articles/author/")
    assert response.status_code == 302
