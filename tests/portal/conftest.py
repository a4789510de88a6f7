"""Fixtures for the portal: a coach and their client."""

import pytest

from portal.factories import ClientFactory, CoachFactory


@pytest.fixture
def coach(db):
    return CoachFactory(user__first_name="Cara", user__last_name="Lane")


@pytest.fixture
def client_profile(coach):
    return ClientFactory(coach=coach, user__first_name="Sam", user__last_name="Rivers")
