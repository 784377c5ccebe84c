"""The form for one part in the series editor. Its post is a plain list of
posts, each marked with the series it is in (a post belongs to one only); an announced
part's warnings are chosen with an intensity each, as a post's are; and a
post linked to an announced part must carry the warnings the part was
announced with, so none is dropped without the editor knowing."""

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from wagtail.admin.forms import WagtailAdminModelForm

from blog.intensity import Intensity
from blog.models import BlogPage, ContentWarning
from blog.warnings import uncovered_by_post, warnings_summary

NOT_IN_PART = ""


def missing_announced_warnings(post, announced):
    """The message for a post linked to a part announced with warnings
    (`announced`: [(warning, intensity), …]) the post doesn't carry, or ""."""
    missing = uncovered_by_post(
        [{"warning": warning, "intensity": intensity} for warning, intensity in announced],
        post.warning_list,
    )
    if not missing:
        return ""
    names = warnings_summary((choice["warning"], choice["intensity"]) for choice in missing)
    return (
        f"This part was announced with warnings the post doesn’t carry: {names}. "
        "Add them to the post’s content warnings, or set them to “Not in this part” "
        "under Announcement if the post doesn’t need them."
    )


class PartPostSelect(forms.Select):
    """Marked for series-parts.js, which hides the announcement once a post
    is chosen."""

    def __init__(self, attrs=None, choices=()):
        super().__init__({"data-part-post": "", **(attrs or {})}, choices)

    class Media:
        js = ["js/series-parts.js"]


class WarningIntensitiesWidget(forms.Widget):
    """One select per warning: not in this part, or its intensity."""

    template_name = "series/admin/warning_intensities.html"

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.warnings = []

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        value = value or {}
        base_id = context["widget"]["attrs"].get("id", name)
        context["rows"] = [
            {
                "warning": warning,
                "name": f"{name}-{warning.pk}",
                "id": f"{base_id}-{warning.pk}",
                "value": value.get(warning.pk, NOT_IN_PART),
            }
            for warning in self.warnings
        ]
        context["choices"] = [(NOT_IN_PART, "Not in this part"), *Intensity.choices]
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # The project's templates, which Django's form renderer doesn't read.
        return render_to_string(self.template_name, self.get_context(name, value, attrs))

    def value_from_datadict(self, data, files, name):
        return {
            warning.pk: data.get(f"{name}-{warning.pk}", NOT_IN_PART) for warning in self.warnings
        }

    def value_omitted_from_data(self, data, files, name):
        return False

    def id_for_label(self, id_):
        # A group of selects, each with its own label: nothing for the
        # field's label to point at.
        return None


class WarningIntensitiesField(forms.Field):
    """→ [(warning, intensity), …] in the warnings' order."""

    widget = WarningIntensitiesWidget

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def set_warnings(self, warnings):
        self.warnings = list(warnings)
        self.widget.warnings = self.warnings

    def clean(self, value):
        value = value or {}
        chosen = []
        for warning in self.warnings:
            intensity = value.get(warning.pk, NOT_IN_PART)
            if intensity == NOT_IN_PART:
                continue
            if intensity not in Intensity.values:
                raise ValidationError(f"Choose how much of “{warning.label}” the part holds.")
            chosen.append((warning, intensity))
        return chosen


class SeriesPartForm(WagtailAdminModelForm):
    warnings = WarningIntensitiesField(
        label="Warnings",
        help_text="What readers should know the part will hold. A published part shows its post’s own.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["warnings"].set_warnings(ContentWarning.objects.all())
        self.initial["warnings"] = {
            link.warning_id: link.intensity for link in self.instance.warnings.all()
        }
        self.mark_posts_in_series()

    def mark_posts_in_series(self):
        field = self.fields["post"]
        field.queryset = BlogPage.objects.defer_streamfields().order_by("title")
        # Every series a post is in, this one too: the template for a new
        # part is built without knowing which series it is for.
        in_series = dict(
            apps.get_model("series", "SeriesPart")
            .objects.filter(post__isnull=False)
            .values_list("post_id", "series__title")
        )

        def label(post):
            marks = [] if post.live else ["not published yet"]
            if post.pk in in_series:
                marks.append(f"in the series “{in_series[post.pk]}”")
            return f"{post.title} ({', '.join(marks)})" if marks else post.title

        field.label_from_instance = label

    def clean(self):
        cleaned_data = super().clean()
        post, announced = cleaned_data.get("post"), cleaned_data.get("warnings") or []
        if post is not None and announced:
            message = missing_announced_warnings(post, announced)
            if message:
                self.add_error("post", message)
        return cleaned_data

    def save(self, commit=True):
        part = super().save(commit=False)
        link = apps.get_model("series", "SeriesPartWarning")
        part.warnings = [
            link(warning=warning, intensity=intensity)
            for warning, intensity in self.cleaned_data.get("warnings", [])
        ]
        if commit:
            part.save()
        return part
