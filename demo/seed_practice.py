"""Store the demo practice (demo/practice.py): team, practitioners, services, testimonials
and the practice's address and hours. Safe to run again: anything already there, edited
or not, is left alone, so a second run adds no rows and no revisions."""

from datetime import time

from articles.models import Author
from demo import practice
from demo.images import portrait_image
from home.models import (
    PractitionerPage,
    PractitionerRegistration,
    Service,
    ServicesPage,
    SiteSettings,
    TeamPage,
    Testimonial,
)


def seed_practice(home):
    """Everything a visitor weighing up the practice looks for; returns the team page."""
    team = seed_team(home)
    seed_services_page(home)
    seed_services()
    seed_testimonials()
    seed_practice_details()
    return team


def add_published(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def seed_team(home):
    """The team page under home, a published page for each practitioner, and each demo
    author linked to the practitioner they write as."""
    team = TeamPage.objects.first()
    if team is None:
        team = add_published(home, TeamPage(show_in_menus=True, **practice.TEAM))
    for person in practice.PRACTITIONERS:
        page = PractitionerPage.objects.filter(slug=person["slug"]).first()
        if page is None:
            page = add_published(team, practitioner_page(person))
        link_author(person.get("author_slug"), page)
    return team


def practitioner_page(person):
    """An unsaved practitioner page, registrations included, for `person` in practice.py."""
    return PractitionerPage(
        title=person["title"],
        slug=person["slug"],
        role=person["role"],
        portrait=portrait_image(person["portrait"], title=person["portrait_title"]),
        portrait_alt=person["portrait_alt"],
        summary=person["summary"],
        qualifications="\n".join(person["qualifications"]),
        approach=person["approach"],
        specialisms="\n".join(person["specialisms"]),
        languages=person["languages"],
        online=person["online"],
        in_person=person["in_person"],
        by_phone=person["by_phone"],
        availability=person["availability"],
        registrations=[
            PractitionerRegistration(sort_order=order, **registration)
            for order, registration in enumerate(person["registrations"])
        ],
    )


def link_author(author_slug, page):
    """Point the author's byline and author box at their team page, unless an editor has
    already pointed it somewhere."""
    author = Author.objects.filter(slug=author_slug).first() if author_slug else None
    if author and author.practitioner_id is None:
        author.practitioner = page
        author.save(update_fields=["practitioner"])


def seed_services_page(home):
    page = ServicesPage.objects.first()
    if page is None:
        page = add_published(home, ServicesPage(show_in_menus=True, **practice.SERVICES_PAGE))
    return page


def seed_services():
    for service in practice.SERVICES:
        if not Service.objects.filter(name=service["name"]).exists():
            Service.objects.create(**service)


def seed_testimonials():
    for testimonial in practice.TESTIMONIALS:
        if not Testimonial.objects.filter(quote=testimonial["quote"]).exists():
            Testimonial.objects.create(**testimonial)


def seed_practice_details():
    """Address, area, telephone and hours: each filled in only while still empty."""
    settings = SiteSettings.load()
    details = practice.PRACTICE
    changed = []
    if not settings.address:
        settings.address = details["address"]
        settings.area_served = details["area_served"]
        changed += ["address", "area_served"]
    if not settings.telephone:
        settings.telephone = details["telephone"]
        changed.append("telephone")
    if not settings.opening_hours:
        settings.opening_hours = [
            (
                "hours",
                {
                    "days": hours["days"],
                    "opens": time.fromisoformat(hours["opens"]),
                    "closes": time.fromisoformat(hours["closes"]),
                },
            )
            for hours in practice.PRACTICE["opening_hours"]
        ]
        changed.append("opening_hours")
    if changed:
        settings.save(update_fields=changed)
