"""Where Wagtail 7.4's admin answers malformed input with a 500: two views
fronted by views that answer it as Django would (400 or 404) and hand
everything else to Wagtail unchanged (website/urls.py mounts them ahead of
the admin's own patterns, at the same paths), and tampered form posts."""

from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpResponseBadRequest
from django.urls import reverse
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import ChosenMultipleView

wagtail_chosen_pages = ChosenMultipleView.as_view()


# Wagtail puts this check on every admin pattern it mounts; these need it too.
@require_admin_access
def chosen_pages(request):
    """The page chooser's "chosen" step filters pages by every `id`
    parameter as given; one that isn't a number raised ValueError."""
    if not all(pk.isascii() and pk.isdigit() for pk in request.GET.getlist("id")):
        return HttpResponseBadRequest("Page ids are numbers.")
    return wagtail_chosen_pages(request)


@require_admin_access
def no_revision_zero(request, page_id):
    """The revert view treats revision 0 as "not reverting" and then reads
    the revision it didn't fetch; no revision has id 0."""
    raise Http404("No such revision.")


class MalformedAdminForm(SuspiciousOperation):
    """An admin form submission missing or garbling the fields the admin's
    own scripts fill in."""


class MalformedAdminPostMiddleware:
    """Wagtail's editor trusts the hidden fields its scripts fill in (stream
    and formset counts, chooser ids): with one missing or garbled, a POST
    raised KeyError or ValueError deep inside Wagtail, a 500. Such a POST
    can't come from the editor's own page, so it is answered as Django
    answers other malformed requests: 400, logged under django.security,
    nothing saved (the error is raised before the form is valid)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_path = reverse("wagtailadmin_home")

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not request.path.startswith(self.admin_path):
            return None
        if not isinstance(exception, (KeyError, ValueError, TypeError, OverflowError)):
            return None
        raise MalformedAdminForm(f"Malformed admin form: {exception!r}") from exception
