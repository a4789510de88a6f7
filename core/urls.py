from django.urls import path

from . import views

app_name = "core"

urlpatterns = [path("tokens/", views.form_tokens, name="form-tokens")]
