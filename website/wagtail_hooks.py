from wagtail import hooks

from guestposts import hooks as guestpost_hooks
from website.models import SiteSettings


@hooks.register(guestpost_hooks.CONFIDENTIALITY_TEXT)
def confidentiality_text(site):
    return SiteSettings.for_site(site).guest_confidentiality_guidance
