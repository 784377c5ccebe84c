from wagtail import hooks

from blog import hooks as blog_hooks
from guestposts import hooks as guestpost_hooks
from website.models import SiteSettings
from website.reviews import posts_awaiting_review


@hooks.register(guestpost_hooks.CONFIDENTIALITY_TEXT)
def confidentiality_text(site):
    return SiteSettings.for_site(site).guest_confidentiality_guidance


hooks.register(blog_hooks.DASHBOARD_ACTIONS, posts_awaiting_review)
