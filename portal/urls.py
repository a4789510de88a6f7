from django.urls import path

from .views import dashboard, invitations

app_name = "portal"

urlpatterns = [
    path("", dashboard.home, name="home"),
    path("invitation/<str:token>/", invitations.invitation, name="invitation"),
]
