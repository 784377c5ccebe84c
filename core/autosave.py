"""Wagtail's autosave starts on a new page's form as soon as anything is
typed. Its first save creates the page and the form only learns the page's
edit address when a second request comes back, so a Submit or a second
autosave sent in between goes to the "add" view again: it fails with "The
slug … is already in use", leaves an orphan draft, and the form keeps
failing. Autosave on a half-filled new form also reports "Autosave is
paused – there are validation errors" before the author has done anything
wrong. So a new page's form doesn't autosave; autosave starts once the page
exists (its first save, by the author's own click, opens the edit view)."""

CREATE_VIEWS = {"wagtailadmin_pages:add"}


class NewPageAutosaveMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        match = request.resolver_match
        if match and match.view_name in CREATE_VIEWS and response.context_data is not None:
            response.context_data["autosave_enabled"] = False
        return response
