"""Every spam defence rejects politely, logs, keeps the reader's text, and stores nothing."""

import logging
import time

import pytest
from django.core import signing

from comments.models import Comment
from core.spam import issue_token

pytestmark = pytest.mark.django_db


def rejected(response, text):
    html = response.content.decode()
    assert text in html
    assert "This helped me today." in html  # the reader's words are kept
    assert not Comment.objects.exists()


def test_honeypot(post_comment, article, caplog):
    with caplog.at_level(logging.WARNING, logger="core.spam"):
        response = post_comment(article, homepage="http://spam.example")
    assert response.status_code == 200
    rejected(response, "Sorry, we could not accept that comment. If you are a person")
    assert "Comment rejected (honeypot)" in caplog.text


def test_submitting_faster_than_a_person_can(post_comment, article, caplog):
    with caplog.at_level(logging.WARNING, logger="core.spam"):
        response = post_comment(article, token=issue_token(article.pk))
    rejected(response, "That was quicker than we expected from a person.")
    assert "too fast" in caplog.text


def test_a_missing_or_forged_token(post_comment, article, home_page):
    rejected(post_comment(article, token="nonsense"), "Please reload the page and try again.")
    other_page = issue_token(home_page.pk, issued_at=time.time() - 60)
    rejected(post_comment(article, token=other_page), "Please reload the page and try again.")


def test_a_form_left_open_too_long(post_comment, article, monkeypatch):
    token = issue_token(article.pk, issued_at=time.time() - 60)
    real_loads = signing.loads
    monkeypatch.setattr(
        signing, "loads", lambda *args, **kwargs: real_loads(*args, **{**kwargs, "max_age": -1})
    )
    rejected(post_comment(article, token=token), "This form was open for a long time.")


def test_rate_limit_per_address(post_comment, article, settings, caplog):
    settings.COMMENTS_RATE_LIMIT = (2, 600)
    for number in range(2):
        assert post_comment(article, body=f"Comment {number}").status_code == 302
    with caplog.at_level(logging.WARNING, logger="core.spam"):
        response = post_comment(article)
    assert response.status_code == 429
    assert "Please wait a few minutes" in response.content.decode()
    assert "This helped me today." in response.content.decode()
    assert Comment.objects.count() == 2
    assert "Comment rejected (rate)" in caplog.text


def test_too_many_links(post_comment, article):
    body = "See https://a.example https://b.example and www.c.example"
    response = post_comment(article, body=body)
    assert "Please include no more than 2 links (this has 3)." in response.content.decode()
    assert not Comment.objects.exists()


def test_the_visitor_address_is_read_through_trusted_proxies(rf, settings):
    from core.spam import client_ip, ip_hash

    request = rf.post("/", HTTP_X_FORWARDED_FOR="203.0.113.9, 10.0.0.2", REMOTE_ADDR="10.0.0.1")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request) == "203.0.113.9"
    assert ip_hash("2001:db8::1") == ip_hash("2001:db8::ffff")  # one /64
    assert ip_hash("2001:db8::1") != ip_hash("2001:db8:0:1::1")
