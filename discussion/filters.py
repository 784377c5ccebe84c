"""Narrowing the admin's list of comments: by state, post and date, and a
plain search of name, email and text. A bulk action on "all comments in the
listing" uses the same filters, so it acts on exactly what the editor saw."""

import django_filters
from django import forms
from django.db.models import Q
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from blog.models import BlogPage
from discussion.models import Comment

# The listing's search is the ORM's (icontains on each), not Wagtail search:
# comments are not in the search index.
SEARCH_FIELDS = ["user_name", "user_email", "comment"]
SEARCH_PARAMETER = "q"


def posts_with_comments(request):
    return BlogPage.objects.filter(pk__in=Comment.objects.values("post_id")).order_by("title")


class CommentFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label="State",
        choices=Comment.State.choices,
        method="filter_state",
        widget=forms.RadioSelect,
        empty_label="All",
    )
    post = django_filters.ModelChoiceFilter(label="Post", queryset=posts_with_comments)
    submit_date = django_filters.DateFromToRangeFilter(label="Date", widget=DateRangePickerWidget)

    class Meta:
        model = Comment
        fields = []

    def filter_state(self, queryset, name, value):
        return queryset.in_state(value)


def search(queryset, query):
    query = (query or "").strip()
    if not query:
        return queryset
    condition = Q()
    for field in SEARCH_FIELDS:
        condition |= Q(**{f"{field}__icontains": query})
    return queryset.filter(condition)


def comments_in_listing(params, request=None):
    """The comments the listing shows for these query parameters (every
    page of them); none at all if the filters don't make sense."""
    filters = CommentFilterSet(data=params, queryset=Comment.objects.all(), request=request)
    if not filters.is_valid():
        return Comment.objects.none()
    return search(filters.qs, params.get(SEARCH_PARAMETER))
