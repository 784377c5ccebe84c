"""The series editor's parts, and read-only admin panels: where a post
stands in its series, and who follows a series. Series membership itself is
edited on the series."""

from django.apps import apps
from django.db.models import Count
from wagtail.admin.panels import InlinePanel, Panel

from series.part_form import SeriesPartForm
from series.parts import part_rows, series_for_post


class PartsPanel(InlinePanel):
    """A series' parts, each edited with SeriesPartForm."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = SeriesPartForm
        return options


def announced_parts():
    """Parts still waiting for their post, in live series, in reading order."""
    return (
        part_rows()
        .filter(post__isnull=True, series__live=True)
        .select_related("series")
        .order_by("series__title", "sort_order", "pk")
    )


def can_arrange(series_view, user):
    """Whether `user` may edit the series that holds a post's part (or, for a
    post in none, the series), which is where parts are chosen."""
    # series.models imports this module (the follower count), so the index
    # is looked up, not imported.
    index = apps.get_model("series", "SeriesIndexPage")
    page = series_view.series if series_view else index.objects.first()
    return page is not None and page.permissions_for_user(user).can_edit()


class SeriesMembershipPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "series/admin/membership_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            series_view = series_for_post(self.instance) if self.instance.pk else None
            context["series_view"] = series_view
            # Those who can't (guest contributors) are told what happens instead.
            context["can_arrange"] = can_arrange(series_view, self.request.user)
            if self.instance.pk and series_view is None:
                user = self.request.user
                context["announced_parts"] = [
                    part
                    for part in announced_parts()
                    if part.series.permissions_for_user(user).can_publish()
                ]
            return context


class FollowerCountPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "series/admin/follower_count_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            counts = {}
            if self.instance.pk:
                counts = dict(
                    self.instance.subscriptions.values_list("status").annotate(n=Count("pk"))
                )
            context["confirmed"] = counts.get("confirmed", 0)
            context["pending"] = counts.get("pending", 0)
            return context
