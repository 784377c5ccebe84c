"""WordPress's query-string addresses (/?p=12, /?page_id=3, /?attachment_id=5,
/?feed=rss2) point at the home page's path, which exists, so Wagtail's
redirect middleware (which acts on a 404) never sees them. This looks them
up among the imported redirects before the page is served."""

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from wagtail.contrib.redirects.models import Redirect

WORDPRESS_PARAMETERS = {"p", "page_id", "attachment_id", "feed", "cat", "tag"}


class WordPressQueryRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in {"GET", "HEAD"} and WORDPRESS_PARAMETERS & set(request.GET):
            path = Redirect.normalise_path(request.get_full_path())
            redirect = (
                Redirect.objects.filter(old_path=path).select_related("redirect_page").first()
            )
            if redirect is not None:
                link = redirect.link
                if link:
                    response = (
                        HttpResponsePermanentRedirect
                        if redirect.is_permanent
                        else HttpResponseRedirect
                    )
                    return response(link)
        return self.get_response(request)
