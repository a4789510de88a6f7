"""Root URLs: accounts, the Wagtail admin, then every page Wagtail serves."""

from django.conf import settings
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from articles import views as article_views
from newsletter import views as newsletter_views

urlpatterns = [
    # Wagtail's own login form would skip allauth's verification and MFA.
    path("admin/login/", account_views.admin_login, name="admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("comments/", include("comments.urls")),
    path("forms/", include("core.urls")),
    path("payments/", include("core.payment_urls")),
    path("portal/", include("portal.urls")),
    path("newsletter/", include("newsletter.urls")),
    # The service worker lives at the root so that its scope is the whole site.
    path("sw.js", newsletter_views.service_worker, name="service-worker"),
    path("search/", article_views.search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

# A database outage answers 503 with the form given back (core/errors.py), never a 500.
handler500 = "core.errors.server_error"
