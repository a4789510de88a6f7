"""How allauth behaves here: no public sign-up; accounts come from invitations or the owner."""

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return False
