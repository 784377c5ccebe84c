"""Two Wagtail 7.4 admin views that answer malformed addresses with a 500,
fronted by views that answer them as Django would (400 or 404) and hand
everything else to Wagtail unchanged. website/urls.py mounts them ahead of
the admin's own patterns, at the same paths."""

from django.http import Http404, HttpResponseBadRequest
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
