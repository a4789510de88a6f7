"""What the layout tests and `make screenshots` share: the two widths, the pages, and
handing the browser a session that Django's test client signed in."""

from django.conf import settings
from django.test import Client

from accounts.factories import PASSWORD
from accounts.models import User

WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
ARTICLE = "/articles/goals-you-will-still-care-about/"
CLIENT_EMAIL = "client.one@tranquil.example"
COACH_EMAIL = "coach@tranquil.example"


def hand_session_to(page, live_server, client):
    """The browser carries on in the session the test client opened: signing in through the
    pages is tested elsewhere, and a code typed twice in one 30-second window is refused."""
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def sign_in_client(page, live_server):
    client = Client()
    client.force_login(User.objects.get(email=CLIENT_EMAIL))
    hand_session_to(page, live_server, client)


def sign_in_coach(page, live_server, sign_in_with_code):
    """A coach sees client data only in a sign-in that used their authenticator app, so the
    test client signs in with password and code (the fixture's password, set here)."""
    coach = User.objects.get(email=COACH_EMAIL)
    coach.set_password(PASSWORD)
    coach.save()
    client = Client()
    sign_in_with_code(client, coach)
    hand_session_to(page, live_server, client)
