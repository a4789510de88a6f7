"""Every booking URL, GET and POST, for everyone: the client gets their own, their coach
gets the coach's pages for their own clients, and everyone else a sign-in or a 404."""

from datetime import time, timedelta

import pytest
from django.utils import timezone

from portal.factories import ClientFactory, CoachFactory
from portal.models import AccessEvent, Appointment, Availability, TimeOff

pytestmark = pytest.mark.django_db


@pytest.fixture
def sams(client_profile, coach):
    """Sam's booking with Cara, and Cara's hours and time off."""
    window = Availability.objects.create(coach=coach, weekday=0, starts=time(9), ends=time(17))
    today = timezone.localdate()
    away = TimeOff.objects.create(
        coach=coach, first_day=today + timedelta(days=60), last_day=today + timedelta(days=61)
    )
    starts = timezone.now() + timedelta(days=3)
    appointment = Appointment.objects.create(
        client=client_profile, coach=coach, starts_at=starts, ends_at=starts + timedelta(hours=1)
    )
    return {"appointment": appointment, "window": window, "away": away}


def client_gets(d):
    return ["/portal/appointments/", "/portal/appointments/book/", *object_gets(d)]


def object_gets(d):
    pk = d["appointment"].pk
    return [f"/portal/appointments/{pk}/", f"/portal/appointments/{pk}/move/"]


def object_posts(d):
    pk = d["appointment"].pk
    return [
        (f"/portal/appointments/{pk}/cancel/", {"late_ok": "1"}),
        (f"/portal/appointments/{pk}/move/", {"slot": "2030-01-07T09:00Z"}),
    ]


CLIENT_POSTS = [
    ("/portal/appointments/book/", {"slot": "2030-01-07T09:00Z"}),
    ("/portal/appointments/time-zone/", {"time_zone": "Europe/Paris"}),
    ("/portal/appointments/calendar/", {}),
]


def coach_gets(client_profile):
    return [
        "/portal/coach/appointments/",
        "/portal/coach/availability/",
        f"/portal/coach/clients/{client_profile.pk}/book/",
    ]


def coach_posts(client_profile, d):
    return [
        ("/portal/coach/availability/hours/", {"weekday": 1, "starts": "09:00", "ends": "10:00"}),
        (f"/portal/coach/availability/hours/{d['window'].pk}/delete/", {}),
        (
            "/portal/coach/availability/sessions/",
            {"session_minutes": 60, "break_minutes": 0, "reply_days": 1},
        ),
        (
            "/portal/coach/availability/time-off/",
            {"first_day": "2030-01-01", "last_day": "2030-01-02"},
        ),
        (f"/portal/coach/availability/time-off/{d['away'].pk}/delete/", {}),
        ("/portal/coach/calendar/", {}),
        (f"/portal/coach/clients/{client_profile.pk}/book/", {"slot": "2030-01-07T09:00Z"}),
    ]


def unchanged(d, coach):
    d["appointment"].refresh_from_db()
    assert d["appointment"].status == "booked"
    assert Availability.objects.filter(pk=d["window"].pk).exists()
    assert TimeOff.objects.filter(pk=d["away"].pk).exists()
    assert Availability.objects.filter(coach=coach).count() == 1
    coach.refresh_from_db()
    assert coach.session_minutes == 50


@pytest.fixture
def people(client_profile, coach, editor, owner):
    other_client = ClientFactory(coach=CoachFactory())
    return {
        "other client": other_client.user,
        "own coach": coach.user,
        "other coach": other_client.coach.user,
        "editor": editor,
        "owner": owner,
    }


def test_anonymous_visitors_are_sent_to_sign_in(client, client_profile, sams):
    gets = [*client_gets(sams), *coach_gets(client_profile)]
    posts = [*CLIENT_POSTS, *object_posts(sams), *coach_posts(client_profile, sams)]
    for url in gets:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/?next=/portal/"), url
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/"), url


def test_the_client_gets_their_own(client, client_profile, sams):
    client.force_login(client_profile.user)
    for url in client_gets(sams):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "no-store", url
    for url, data in CLIENT_POSTS:
        assert client.post(url, data).status_code in (302, 400), url


@pytest.mark.parametrize("who", ["other client", "own coach", "other coach", "editor", "owner"])
def test_nobody_else_gets_or_changes_the_clients_appointment(client, sams, people, coach, who):
    client.force_login(people[who])
    for url in object_gets(sams):
        assert client.get(url).status_code == 404, (who, url)
    for url, data in object_posts(sams):
        assert client.post(url, data).status_code == 404, (who, url)
    unchanged(sams, coach)


def test_another_client_sees_only_their_own(client, client_profile, sams, people):
    client.force_login(people["other client"])
    for url in ["/portal/appointments/", "/portal/appointments/book/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert str(sams["appointment"].pk) not in response.content.decode()


@pytest.mark.parametrize("who", ["own coach", "other coach", "editor", "owner"])
def test_people_without_a_client_profile_get_no_client_pages(client, sams, people, who):
    client.force_login(people[who])
    for url in ["/portal/appointments/", "/portal/appointments/book/"]:
        assert client.get(url).status_code == 404, (who, url)
    for url, data in CLIENT_POSTS:
        assert client.post(url, data).status_code == 404, (who, url)


def test_the_own_coach_gets_the_coach_pages(client, sign_in_with_code, coach, client_profile, sams):
    sign_in_with_code(client, coach.user)
    for url in coach_gets(client_profile):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "no-store", url
    assert AccessEvent.objects.filter(client=client_profile, what="your appointments").count() == 2


def test_another_coach_gets_nothing_of_the_clients(
    client, sign_in_with_code, client_profile, sams, people, coach
):
    other = people["other coach"]
    sign_in_with_code(client, other)
    book = f"/portal/coach/clients/{client_profile.pk}/book/"
    assert client.get(book).status_code == 404
    assert client.post(book, {"slot": "2030-01-07T09:00Z"}).status_code == 404
    for url in (
        f"/portal/coach/availability/hours/{sams['window'].pk}/delete/",
        f"/portal/coach/availability/time-off/{sams['away'].pk}/delete/",
    ):
        assert client.post(url).status_code == 404
    diary = client.get("/portal/coach/appointments/").content.decode()
    assert client_profile.user.get_full_name() not in diary
    unchanged(sams, coach)
    assert not AccessEvent.objects.filter(client=client_profile).exists()


@pytest.mark.parametrize("who", ["the client", "other client", "editor", "owner"])
def test_people_without_a_coach_profile_get_no_coach_pages(
    client, client_profile, sams, people, coach, who
):
    client.force_login(client_profile.user if who == "the client" else people[who])
    for url in coach_gets(client_profile):
        assert client.get(url).status_code == 404, (who, url)
    for url, data in coach_posts(client_profile, sams):
        assert client.post(url, data).status_code == 404, (who, url)
    unchanged(sams, coach)


def test_the_admin_shows_booking_rules_but_no_appointments(client, owner, client_profile, sams):
    client.force_login(owner)
    settings_page = client.get("/admin/settings/portal/bookingsettings/", follow=True)
    assert settings_page.status_code == 200
    assert "cancellation notice" in settings_page.content.decode().lower()
    home = client.get("/admin/").content.decode()
    assert str(sams["appointment"].pk) not in home
