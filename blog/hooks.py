"""The extension points blog offers the apps built on it. blog knows nothing
of series, comments or guest posts: those apps register functions into the
hooks named here from their wagtail_hooks.py, with Wagtail's own registry
(`@hooks.register(blog.hooks.POST_CONTEXT)`), and blog calls them through
the helpers below. Functions run in registration (INSTALLED_APPS) order."""

from wagtail import hooks

POST_CONTEXT = "blog_post_context"
"""`fn(post, request, context)` → a dict added to a post page's template
context (the series banner and part navigation, the discussion thread and
its form). `context` holds what blog and earlier hooks put there, and any
keyword arguments the page was served with (a comment form sent back with
its errors, say)."""

POST_PANELS = "blog_post_panels"
"""`fn()` → a list of panels added, in order, at the end of the post
editor's Content tab (series membership)."""

POST_SUBMIT_PANELS = "blog_post_submit_panels"
"""`fn()` → a list of panels shown beneath the post editor's tabs, whichever
tab is open, just above its footer with the Save and Submit buttons: what a
writer confirms as they submit (the confidentiality check). A panel here has
no tab or collapsible section around it and renders its own frame."""

POST_SETTINGS_PANELS = "blog_post_settings_panels"
"""`fn()` → a list of panels added, in order, at the end of the post
editor's Settings tab (the comment settings)."""

TEMPLATES = "blog_templates"
"""`fn()` → a dict of region name → template name: each is included, in
registration order, in that region of blog's pages, so blog's templates
name no template of the apps built on it. The regions:

- "post_top": a post's top, above its title (the series banner). On a
  warned post it goes below the reader's choices instead, so that the
  title and the choices share the first screen.
- "post_footer": the post's footer, after its tags (the part navigation).
- "post_end": after the post, and on a warned post inside its gate, so it
  opens with the post (the discussion thread).
- "index_aside": the blog index's asides, before the archive (the follow
  form).

Post regions are included with `post` set to the post. A template is
included whatever the post, so it renders nothing where it has nothing to
show (a post in no series). The page context also has `open_post_gate`,
which a POST_CONTEXT hook sets for a warned post that must open on arrival
(a comment sent back with errors)."""

TEMPLATE_REGIONS = ("post_top", "post_footer", "post_end", "index_aside")

CARD_QUERYSET = "blog_card_queryset"
"""`fn(queryset)` → the queryset of posts a listing shows as cards, with
what the hook adds to each card annotated on it (comment counts). Runs
inside the query that fetches the page of cards shown (blog.queries.cards),
so it adds no queries, and its annotations are computed for those posts
alone."""

DECORATE_CARDS = "blog_decorate_cards"
"""`fn(posts)` sets attributes on a list of posts about to be shown as cards
(series position) in a fixed number of queries, however many posts."""

SKIP_TARGET = "blog_skip_target"
"""`fn(post, warning_slugs, context)` → the URL a reader who skips a warned
post goes to instead (the next part of its series free of those warnings),
or None to leave it to later hooks. With no answer the reader goes to the
blog's posts without those warnings."""

DASHBOARD_ACTIONS = "blog_dashboard_actions"
"""`fn(request)` → a list of `blog.dashboard.Action`s offered, after "New
post", at the top of the admin dashboard (New series, Posts awaiting
review); empty for a user who may not take them."""

# Not a hook but a question blog asks of a post's parent page: a page type
# under which posts need a confidentiality check before they are submitted
# (the guest post index) answers `confidentiality_guidance()` with the text
# the writer must confirm; other parents don't define it.
CONFIDENTIALITY_GUIDANCE = "confidentiality_guidance"


def post_context(post, request, context):
    for fn in hooks.get_hooks(POST_CONTEXT):
        context.update(fn(post, request, context) or {})
    return context


def post_panels():
    return [panel for fn in hooks.get_hooks(POST_PANELS) for panel in fn()]


def post_submit_panels():
    return [panel for fn in hooks.get_hooks(POST_SUBMIT_PANELS) for panel in fn()]


def post_settings_panels():
    return [panel for fn in hooks.get_hooks(POST_SETTINGS_PANELS) for panel in fn()]


def template_regions():
    """{region: [template name, …]} for every region, empty ones included."""
    regions = {region: [] for region in TEMPLATE_REGIONS}
    for fn in hooks.get_hooks(TEMPLATES):
        for region, template in fn().items():
            regions[region].append(template)
    return regions


def card_queryset(queryset):
    for fn in hooks.get_hooks(CARD_QUERYSET):
        queryset = fn(queryset)
    return queryset


def decorate_cards(posts):
    """The posts as a list, decorated for their cards."""
    posts = list(posts)
    for fn in hooks.get_hooks(DECORATE_CARDS):
        fn(posts)
    return posts


def skip_target(post, warning_slugs, context):
    for fn in hooks.get_hooks(SKIP_TARGET):
        url = fn(post, warning_slugs, context)
        if url:
            return url
    return None


def dashboard_actions(request):
    return [action for fn in hooks.get_hooks(DASHBOARD_ACTIONS) for action in fn(request)]


def confidentiality_guidance(parent):
    """The confidentiality check a post under `parent` needs, or None."""
    if parent is None or not hasattr(parent.specific_class, CONFIDENTIALITY_GUIDANCE):
        return None
    return getattr(parent.specific, CONFIDENTIALITY_GUIDANCE)()
