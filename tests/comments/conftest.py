import time

import pytest

from core.spam import issue_token


@pytest.fixture
def post_comment(client, django_capture_on_commit_callbacks):
    """Post the comment form as a person would: the form shown a minute ago.

    Emails are queued on commit; the callbacks run as a real commit would run them.
    """

    def post(page, *, as_client=None, **fields):
        data = {
            "page": page.pk,
            "token": issue_token(page.pk, issued_at=time.time() - 60),
            "author_name": "Sam Reader",
            "author_email": "sam@example.com",
            "author_url": "",
            "body": "This helped me today.",
            "homepage": "",
            **fields,
        }
        data = {key: value for key, value in data.items() if value is not None}
        with django_capture_on_commit_callbacks(execute=True):
            return (as_client or client).post("/comments/post/", data)

    return post
