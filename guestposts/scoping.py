"""What a guest contributor may see in the admin: her own posts, the pages on
the way down to where she adds them, and the images she may choose (her own
collection). Wagtail makes every page under a section explorable by anyone who
may add to it, which would show her other contributors' drafts; the admin API,
the explorer, the chooser and the scope middleware all ask this module instead."""

from django.db.models import Q
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.models import Page

from guestposts.setup import is_guest_contributor

# URL keyword arguments that name a page or an image in Wagtail's admin URLs.
PAGE_KWARGS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id")
IMAGE_KWARGS = ("image_id", "pk")


def visible_pages(user):
    """Her own pages, and the pages she may add under with their ancestors."""
    on_the_way = Q()
    for page in Page.objects.filter(group_permissions__group__user=user):
        paths = [page.path[:end] for end in range(Page.steplen, len(page.path) + 1, Page.steplen)]
        on_the_way |= Q(path__in=paths)
    return Page.objects.filter(Q(owner=user) | on_the_way)


def page_is_visible(user, page_id, or_live=False):
    pages = visible_pages(user)
    if or_live:
        pages = Page.objects.filter(Q(pk__in=pages.values("pk")) | Q(live=True))
    return pages.filter(pk=page_id).exists()


def image_is_visible(user, image_id):
    return (
        image_permission_policy.instances_user_has_any_permission_for(user, ["choose", "change"])
        .filter(pk=image_id)
        .exists()
    )


def named_ids(match, kwargs):
    ids = [match.kwargs[name] for name in kwargs if name in match.kwargs]
    if match.url_name == "revisions_compare":
        ids.append(match.args[0])  # the page id is positional there
    # Anything but a plain number names nothing of hers.
    return [int(value) if str(value).isdigit() else None for value in ids]


def objects_in_url_are_visible(user, match):
    """Every page and image a URL names must be hers to see; a page chooser
    may also browse live pages, which anyone can read."""
    namespace = (match.namespace or "").split(":")[0]
    if namespace.startswith("wagtailimages"):
        return all(
            image_id is not None and image_is_visible(user, image_id)
            for image_id in named_ids(match, IMAGE_KWARGS)
        )
    if namespace == "wagtailadmin_api":
        return True  # the endpoint filters its own queryset
    or_live = (match.url_name or "").startswith("wagtailadmin_choose_page")
    return all(
        page_id is not None and page_is_visible(user, page_id, or_live=or_live)
        for page_id in named_ids(match, PAGE_KWARGS)
    )


class ScopedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """The admin API's pages endpoint (the explorer menu reads it), limited
    to what a contributor may see; everyone else sees what Wagtail shows."""

    def get_base_queryset(self):
        pages = super().get_base_queryset()
        if is_guest_contributor(self.request.user):
            pages = pages.filter(pk__in=visible_pages(self.request.user).values("pk"))
        return pages
