from django.views.generic import TemplateView

from blog.models import ContentWarning


class ReadingPreferencesView(TemplateView):
    """The same page for everyone: the choices are read and saved in the
    reader's own browser, so nothing about them reaches the server."""

    template_name = "blog/reading_preferences.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["warnings"] = ContentWarning.objects.all()
        return context
