"""The series editor's parts, and read-only admin panels: where a post
stands in its series, and who follows a series. Series membership itself is
edited on the series."""

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


class SeriesMembershipPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "series/admin/membership_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["series_view"] = series_for_post(self.instance) if self.instance.pk else None
            if self.instance.pk and context["series_view"] is None:
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
