from wagtail import hooks

from blog import hooks as blog_hooks
from guestposts import hooks as guestpost_hooks
from website.models import SiteSettings
from website.reviews import posts_awaiting_review


@hooks.register(guestpost_hooks.CONFIDENTIALITY_TEXT)
def confidentiality_text(site):
    return SiteSettings.for_site(site).guest_confidentiality_guidance


hooks.register(blog_hooks.DASHBOARD_ACTIONS, posts_awaiting_review)


@hooks.register("construct_page_action_menu")
def publish_first(menu_items, request, context):
    """For an author who may publish, Publish (or schedule, once a go-live
    time is set) is the editor's main button instead of Save draft, one click
    fewer for every post and series. Not while a review is under way, where
    the review's own actions lead."""
    page = context.get("page")
    if page is not None and page.pk and page.workflow_in_progress:
        return
    for index, item in enumerate(menu_items):
        if item.name == "action-publish":
            menu_items.insert(0, menu_items.pop(index))
            return
