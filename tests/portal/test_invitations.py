"""Invitations: the signed, expiring, single-use link that creates a portal account."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from django.contrib.auth import get_user_model
from django.core import mail

from enrolment.factories import EnrolmentFactory
from portal.factories import InvitationFactory
from portal.models import ClientProfile, CoachProfile, Invitation
from portal.tasks import send_invitation
from tests.second_factor import totp_code

pytestmark = pytest.mark.django_db

User = get_user_model()
PASSWORD = "a-calm-long-passphrase"  # noqa: S105


def link_in(message):
    return re.search(r"http://127\.0\.0\.1:8000(/portal/invitation/\S+/)", message.body).group(1)


@pytest.fixture
def invitation(coach):
    invitation = InvitationFactory(email="robin@example.com", name="Robin Ash", coach=coach)
    send_invitation.enqueue(invitation.pk)
    return invitation


@pytest.fixture
def link(invitation):
    return link_in(mail.outbox[-1])


def sign_up(client, link, **fields):
    client.get(link)
    data = {
        "email": "robin@example.com",
        "first_name": "Robin",
        "last_name": "Ash",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **fields,
    }
    return client.post("/accounts/signup/", data)


def test_the_email_carries_a_link_and_says_when_it_expires(invitation, link):
    message = mail.outbox[-1]
    assert message.to == ["robin@example.com"]
    assert message.subject == "Your invitation to Tranquil's client portal"
    assert "you will work with Cara Lane" in message.body
    assert "The link works once and until" in message.body
    assert message.alternatives[0][1] == "text/html"
    invitation.refresh_from_db()
    assert invitation.state == "waiting"


def test_following_the_link_opens_sign_up_with_the_email_filled_in(client, link):
    response = client.get(link)
    assert response.status_code == 302 and response["Location"] == "/accounts/signup/"
    html = client.get("/accounts/signup/").content.decode()
    assert 'value="robin@example.com"' in html
    assert 'value="Robin"' in html and 'value="Ash"' in html
    assert "readonly" in html


def test_accepting_creates_a_verified_client_of_the_chosen_coach(client, link, coach):
    response = sign_up(client, link, set_up_mfa="")
    assert response.status_code == 302 and response["Location"] == "/portal/"
    user = User.objects.get(email="robin@example.com")
    assert (user.first_name, user.last_name) == ("Robin", "Ash")
    assert EmailAddress.objects.get(user=user).verified
    assert ClientProfile.objects.get(user=user).coach == coach
    assert list(user.groups.values_list("name", flat=True)) == ["Clients"]
    assert Invitation.objects.get().accepted_by == user
    # Signed in, and the portal shows the coach.
    html = client.get("/portal/").content.decode()
    assert "You are working with <strong>Cara Lane</strong>" in html
    assert mail.outbox[-1].subject.startswith("Your invitation")  # no verification email


def test_a_new_client_is_welcomed_in_the_portal_not_asked_for_their_password(client, link):
    # Two-step sign-in is offered, not ticked for them.
    client.get(link)
    form = client.get("/accounts/signup/")
    assert 'name="set_up_mfa"' in form.content.decode()
    assert 'name="set_up_mfa" checked' not in form.content.decode()
    response = sign_up(client, link)
    assert response["Location"] == "/portal/"
    html = client.get("/portal/").content.decode()
    assert "Welcome to your portal, Robin." in html
    assert "reauthenticate" not in html and "Confirm Access" not in html


def test_asking_for_two_step_sign_in_sets_it_up_without_a_second_password(client, link):
    response = sign_up(client, link, set_up_mfa="on")
    assert response["Location"] == "/accounts/2fa/totp/activate/"
    set_up = client.get(response["Location"])
    # The password was chosen a moment ago: the set-up does not ask for it again.
    assert set_up.status_code == 200, set_up.get("Location")
    assert "Welcome, Robin. Your account is ready." in set_up.content.decode()
    code = totp_code(client.session[SECRET_SESSION_KEY])
    assert client.post(response["Location"], {"code": code}).status_code == 302
    user = User.objects.get(email="robin@example.com")
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert client.get("/portal/").status_code == 200


def test_the_set_up_still_asks_for_the_password_in_a_later_sign_in(client, link, settings):
    """Only the sign-up's own moment counts: reauthentication elsewhere is unchanged."""
    sign_up(client, link)
    client.logout()
    client.post("/accounts/login/", {"login": "robin@example.com", "password": PASSWORD})
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 0
    response = client.get("/accounts/2fa/totp/activate/")
    assert response["Location"].startswith("/accounts/reauthenticate/")


def test_a_used_link_is_refused_and_creates_nothing(client, link):
    sign_up(client, link)
    client.logout()
    response = client.get(link)
    assert response.status_code == 410
    assert "This invitation has already been used" in response.content.decode()
    assert User.objects.filter(email="robin@example.com").count() == 1


def test_an_expired_link_is_refused(client, invitation, monkeypatch):
    weeks_ago = time.time() - 15 * 24 * 3600
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: weeks_ago)
        token = invitation.make_token()
    response = client.get(f"/portal/invitation/{token}/")
    assert response.status_code == 410
    assert "This invitation has expired" in response.content.decode()
    assert "/accounts/signup/" not in response.content.decode()


def test_a_tampered_link_is_refused_and_sign_up_stays_closed(client, link):
    tampered = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]
    response = client.get(tampered)
    assert response.status_code == 400
    assert "This invitation link is not valid" in response.content.decode()
    html = client.get("/accounts/signup/").content.decode()
    assert "Accounts are by invitation" in html
    assert not User.objects.filter(
        email__in=["robin@example.com", "someone-else@example.com"]
    ).exists()


def test_a_withdrawn_invitation_is_refused(client, invitation, link):
    invitation.delete()
    assert client.get(link).status_code == 410


def test_public_sign_up_stays_closed(client, db):
    response = client.post(
        "/accounts/signup/",
        {"email": "walk-in@example.com", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert "Accounts are by invitation" in response.content.decode()
    assert not User.objects.filter(email="walk-in@example.com").exists()


def test_the_email_cannot_be_swapped_for_another(client, link):
    response = sign_up(client, link, email="someone-else@example.com")
    assert response.status_code == 200
    assert "This is not the address the invitation was sent to." in response.content.decode()
    assert not User.objects.filter(
        email__in=["robin@example.com", "someone-else@example.com"]
    ).exists()


def test_a_weak_password_is_refused_and_nothing_is_used_up(client, link):
    response = sign_up(client, link, password1="short", password2="short")
    assert response.status_code == 200
    assert not User.objects.filter(
        email__in=["robin@example.com", "someone-else@example.com"]
    ).exists()
    assert Invitation.objects.get().accepted_at is None


def test_pressing_create_account_twice_makes_one_account(client, link):
    sign_up(client, link)
    client.logout()
    client.get(link)  # the session would still hold the token in a second tab
    session = client.session
    session["portal_invitation"] = link.split("/")[-2]
    session.save()
    response = client.post(
        "/accounts/signup/",
        {
            "email": "robin@example.com",
            "first_name": "Robin",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code in (200, 302)
    assert User.objects.filter(email="robin@example.com").count() == 1


def test_a_race_for_one_invitation_is_won_once(rf, invitation):
    from allauth.core import context

    from portal.forms import InvitationAlreadyUsed, InvitationSignupForm

    request = rf.post("/accounts/signup/")
    request.session = {"portal_invitation": invitation.make_token()}
    with context.request_context(request):
        form = InvitationSignupForm(
            {
                "email": "robin@example.com",
                "first_name": "Robin",
                "password1": PASSWORD,
                "password2": PASSWORD,
            }
        )
        assert form.is_valid(), form.errors
        Invitation.objects.filter(pk=invitation.pk).update(accepted_at="2026-01-01T00:00Z")
        with pytest.raises(InvitationAlreadyUsed):
            form.save(request)
    assert not User.objects.filter(email="robin@example.com").exists()


def test_an_invitation_to_an_accounts_second_address_asks_to_sign_in(client, coach):
    user = User.objects.create_user("main@example.com")
    EmailAddress.objects.create(user=user, email="second@example.com", verified=True)
    invitation = InvitationFactory(email="second@example.com", coach=coach)
    send_invitation.enqueue(invitation.pk)
    response = client.get(link_in(mail.outbox[-1]))
    assert response["Location"].startswith("/accounts/login/")
    client.force_login(user)
    response = client.post(link_in(mail.outbox[-1]))
    assert response["Location"] == "/portal/"
    assert ClientProfile.objects.get(user=user).coach == coach


# allauth announces a new authenticator as its transaction commits, which counts it for the
# sign-in: a real transaction, as in use.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_invited_coach_becomes_a_coach(client):
    invitation = InvitationFactory(email="new.coach@example.com", role="coach", coach=None)
    send_invitation.enqueue(invitation.pk)
    assert mail.outbox[-1].subject == "Join Tranquil's portal as a coach"
    client.get(link_in(mail.outbox[-1]))
    # Coaches see clients' data: setting up the authenticator is not optional for them.
    assert "set_up_mfa" not in client.get("/accounts/signup/").content.decode()
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new.coach@example.com",
            "first_name": "Noor",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response["Location"] == "/accounts/2fa/totp/activate/"
    user = User.objects.get(email="new.coach@example.com")
    assert CoachProfile.objects.filter(user=user).exists()
    assert not ClientProfile.objects.filter(user=user).exists()
    assert list(user.groups.values_list("name", flat=True)) == ["Coaches"]
    # Led straight into the set-up, with no second password prompt, and then to their clients.
    assert client.get(response["Location"]).status_code == 200
    code = totp_code(client.session[SECRET_SESSION_KEY])
    done = client.post(response["Location"], {"code": code})
    assert done.status_code == 302, done.content.decode()[-3000:]
    assert client.get("/portal/coach/").status_code == 200


class TestSomeoneWhoAlreadyHasAnAccount:
    @pytest.fixture
    def coach_user(self, coach):
        """The owner can invite an existing coach to be someone's client too."""
        return coach.user

    @pytest.fixture
    def link(self, coach_user, client_profile):
        invitation = InvitationFactory(email=coach_user.email, coach=client_profile.coach)
        send_invitation.enqueue(invitation.pk)
        return link_in(mail.outbox[-1])

    def test_is_asked_to_sign_in_first(self, client, link):
        response = client.get(link)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=/portal/invitation/")

    def test_accepts_with_a_button_once_signed_in(self, client, link, coach_user):
        client.force_login(coach_user)
        assert "Accept and open the portal" in client.get(link).content.decode()
        assert ClientProfile.objects.filter(user=coach_user).count() == 0
        response = client.post(link)
        assert response["Location"] == "/portal/"
        assert ClientProfile.objects.filter(user=coach_user).count() == 1
        assert client.get(link).status_code == 410

    def test_someone_else_signed_in_cannot_take_it(self, client, link, client_profile):
        client.force_login(client_profile.user)
        response = client.post(link)
        assert response.status_code == 403
        assert "You are signed in as someone else" in response.content.decode()
        assert Invitation.objects.filter(accepted_at__isnull=False).count() == 0


def test_accept_is_single_use_even_when_called_twice(coach):
    invitation = InvitationFactory(coach=coach)
    first = ClientProfile.objects.create(user=User.objects.create_user("a@example.com"))
    assert invitation.accept(first.user) is True
    second = User.objects.create_user("b@example.com")
    assert invitation.accept(second) is False
    assert not ClientProfile.objects.filter(user=second).exists()


def test_an_enrolment_invitation_names_the_person(coach):
    enrolment = EnrolmentFactory(name="Lee Morgan", email="lee@example.com")
    invitation = Invitation.for_enrolment(enrolment, coach=coach, invited_by=None)
    enrolment.refresh_from_db()
    assert (invitation.email, invitation.name, invitation.coach) == (
        "lee@example.com",
        "Lee Morgan",
        coach,
    )
    assert enrolment.status == "accepted"


def test_accepting_while_signed_in_puts_the_session_under_portal_limits(client, coach):
    reader = User.objects.create_user("reader@example.com")
    invitation = InvitationFactory(email="reader@example.com", coach=coach)
    send_invitation.enqueue(invitation.pk)
    client.force_login(reader)
    client.post(link_in(mail.outbox[-1]))
    assert client.session.get("portal_member") is True
