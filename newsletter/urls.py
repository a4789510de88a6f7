from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("check-your-inbox/", views.check_inbox, name="check-inbox"),
    path("confirm/", views.confirm_view, name="confirm"),
    path("unsubscribe/<slug:key>/", views.unsubscribe, name="unsubscribe"),
    path("push/key/", views.push_key, name="push-key"),
    path("push/subscribe/", views.push_subscribe, name="push-subscribe"),
    path("push/unsubscribe/", views.push_unsubscribe, name="push-unsubscribe"),
]
