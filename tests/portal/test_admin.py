"""The owner's admin: offers, enrolments (filters, CSV, invite) and invitations."""

import pytest
from django.core import mail

from enrolment.factories import EnrolmentFactory, OfferFactory
from enrolment.models import Enrolment
from portal.factories import InvitationFactory
from portal.models import Invitation

pytestmark = pytest.mark.django_db

ENROLMENTS = "/admin/portal/enrolment/"
INVITATIONS = "/admin/portal/invitation/"


@pytest.fixture
def admin_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def enrolments(db):
    offer = OfferFactory(title="Spring sessions")
    return [
        EnrolmentFactory(name="Lee Morgan", offer=offer, place=1, price=50),
        EnrolmentFactory(name='=HYPERLINK("http://x")', status="contacted"),
    ]


def test_the_list_shows_place_and_price_but_not_what_people_wrote(admin_client, enrolments):
    html = admin_client.get(ENROLMENTS).content.decode()
    assert "Lee Morgan" in html and "Place 1 at £50.00" in html and "Regular £80.00" in html
    assert "Finding a steadier routine." not in html


def test_filters_by_offer_and_status(admin_client, enrolments):
    offer_id = enrolments[0].offer_id
    html = admin_client.get(f"{ENROLMENTS}?offer={offer_id}").content.decode()
    assert "Lee Morgan" in html and "HYPERLINK" not in html
    html = admin_client.get(f"{ENROLMENTS}?status__exact=contacted").content.decode()
    assert "Lee Morgan" not in html and "HYPERLINK" in html
    html = admin_client.get(f"{ENROLMENTS}?offer=none").content.decode()
    assert "Lee Morgan" not in html
    assert admin_client.get(f"{ENROLMENTS}?offer=abc").status_code == 200
    assert admin_client.get(f"{ENROLMENTS}?offer=²").status_code == 200
    assert admin_client.get(f"{ENROLMENTS}?offer={'9' * 30}").status_code == 200


def test_the_csv_is_safe_in_a_spreadsheet_and_leaves_out_the_free_text(admin_client, enrolments):
    response = admin_client.get(f"{ENROLMENTS}?export=csv")
    text = b"".join(response.streaming_content).decode()
    assert "Lee Morgan" in text
    assert "'=HYPERLINK" in text
    assert "Finding a steadier routine." not in text


def test_the_inspect_page_shows_everything_they_sent(admin_client, enrolments):
    html = admin_client.get(f"{ENROLMENTS}inspect/{enrolments[0].pk}/").content.decode()
    assert "Finding a steadier routine." in html


def test_editors_cannot_see_enrolments_or_invitations(client, editor, enrolments):
    client.force_login(editor)
    for url in (ENROLMENTS, INVITATIONS, f"/admin/portal/enrolment/{enrolments[0].pk}/invite/"):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "Lee Morgan" not in response.content.decode()


def test_inviting_an_enrolment_sends_the_link_and_marks_it_accepted(
    admin_client, enrolments, coach, django_capture_on_commit_callbacks
):
    lee = enrolments[0]
    url = f"/admin/portal/enrolment/{lee.pk}/invite/"
    assert "Cara Lane" in admin_client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"coach": coach.pk})
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.coach, invitation.enrolment) == (lee.email, coach, lee)
    assert mail.outbox[-1].to == [lee.email]
    assert "/portal/invitation/" in mail.outbox[-1].body
    assert Enrolment.objects.get(pk=lee.pk).status == "accepted"


def test_inviting_needs_a_real_coach(admin_client, enrolments, coach):
    url = f"/admin/portal/enrolment/{enrolments[0].pk}/invite/"
    response = admin_client.post(url, {"coach": 999999})
    assert response.status_code == 200
    assert not Invitation.objects.exists()


def test_the_owner_invites_a_coach_from_the_admin(
    admin_client, owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"{INVITATIONS}create/",
            {"email": "Noor@Example.com", "name": "Noor Haddad", "role": "coach", "coach": ""},
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role, invitation.invited_by) == (
        "noor@example.com",
        "coach",
        owner,
    )
    assert mail.outbox[-1].subject == "Join Tranquil's portal as a coach"
    assert "Waiting, link valid until" in admin_client.get(INVITATIONS).content.decode()


def test_a_client_invitation_needs_a_coach(admin_client):
    response = admin_client.post(
        f"{INVITATIONS}create/", {"email": "a@example.com", "name": "", "role": "client"}
    )
    assert response.status_code == 200
    assert "Choose the coach this client will work with." in response.content.decode()
    assert not Invitation.objects.exists()


def test_sending_a_new_link(admin_client, coach, django_capture_on_commit_callbacks):
    invitation = InvitationFactory(coach=coach)
    url = f"/admin/portal/invitation/{invitation.pk}/resend/"
    assert "Send a new link" in admin_client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [invitation.email]


def test_offers_are_listed_with_places_and_state(admin_client):
    OfferFactory(places=14, places_taken=14)
    html = admin_client.get("/admin/portal/offer/").content.decode()
    assert "14 of 14" in html and "Open, places all taken" in html


def test_the_owner_edits_the_prompt_library_without_seeing_entries(admin_client, client_profile):
    from portal.factories import JournalEntryFactory
    from portal.models import Prompt

    prompt = Prompt.objects.first()
    JournalEntryFactory(client=client_profile, prompt=prompt, title="Secret title", body="Secret")
    html = admin_client.get("/admin/portal/prompt/").content.decode()
    assert prompt.text[:40] in html and "Secret" not in html
    response = admin_client.post(
        f"/admin/portal/prompt/edit/{prompt.pk}/",
        {"text": "What went well today?", "kind": "gratitude", "active": "on", "position": "0"},
    )
    assert response.status_code == 302
    assert Prompt.objects.get(pk=prompt.pk).text == "What went well today?"
    assert (
        "Secret" not in admin_client.get(f"/admin/portal/prompt/edit/{prompt.pk}/").content.decode()
    )


def test_the_owner_reassigns_a_client_without_seeing_their_words(admin_client, client_profile):
    from portal.factories import CoachFactory, JournalEntryFactory

    JournalEntryFactory(client=client_profile, title="Secret title", body="Secret body")
    new_coach = CoachFactory(user__first_name="Noor", user__last_name="Haddad")
    html = admin_client.get("/admin/portal/clientprofile/").content.decode()
    assert "Sam Rivers" in html and "Cara Lane" in html and "Secret" not in html
    edit = f"/admin/portal/clientprofile/edit/{client_profile.pk}/"
    assert "Secret" not in admin_client.get(edit).content.decode()
    response = admin_client.post(edit, {"coach": new_coach.pk, "session_allowance": "10"})
    assert response.status_code == 302
    client_profile.refresh_from_db()
    assert (client_profile.coach, client_profile.session_allowance) == (new_coach, 10)
    html = admin_client.get(f"/admin/portal/clientprofile/?coach={new_coach.pk}").content.decode()
    assert "Sam Rivers" in html


def test_the_owner_sees_questionnaires_but_no_answers(admin_client, client_profile):
    from portal.models import MeasureResponse, Questionnaire

    phq9 = Questionnaire.objects.get(code="phq-9")
    MeasureResponse.objects.create(
        client=client_profile, questionnaire=phq9, answers="[3]", score=21
    )
    html = admin_client.get("/admin/portal/questionnaire/").content.decode()
    assert "PHQ-9" in html and "GAD-7" in html
    edit = admin_client.get(f"/admin/portal/questionnaire/edit/{phq9.pk}/").content.decode()
    assert "Little interest or pleasure in doing things" in edit
    assert admin_client.get("/admin/portal/measureresponse/").status_code == 404
