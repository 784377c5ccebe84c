from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from blog.views import ReadingPreferencesView
from core.admin_guards import chosen_pages, no_revision_zero
from core.xmltext import xml_safe_response
from website.search import search
from website.signin import SignInView

urlpatterns = [
    # Replaces Wagtail's own sign-in page: same address, same name.
    path("admin/login/", SignInView.as_view(), name="wagtailadmin_login"),
    path("admin/choose-page/chosen-multiple/", chosen_pages),
    path("admin/pages/<int:page_id>/revisions/0/revert/", no_revision_zero),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", search, name="search"),
    path("follow/", include("series.urls")),
    path("comments/", include("discussion.urls")),
    path("write-for-us/", include("guestposts.urls")),
    path("reading-preferences/", ReadingPreferencesView.as_view(), name="reading_preferences"),
    path("sitemap.xml", xml_safe_response(sitemap), name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
