import django_filters
from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from blog.dashboard import authoring_panel
from blog.models import Author, BlogPage, ContentWarning


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "Authors"
    list_display = ["name", "role", "kind"]
    list_filter = ["kind"]
    # A plain ORM search of the name: through the search backend, naming
    # fields failed on SQLite for every query ("no such column: name").
    search_fields = ["name"]
    search_backend_name = None


class ContentWarningViewSet(SnippetViewSet):
    model = ContentWarning
    icon = "warning"
    menu_label = "Content warnings"
    list_display = ["name", "label", "slug"]


register_snippet(AuthorViewSet)
register_snippet(ContentWarningViewSet)


class PostFilterSet(PageFilterSet):
    warning = django_filters.ModelChoiceFilter(
        label="Content warning",
        queryset=ContentWarning.objects.all(),
        field_name="warnings__warning",
    )
    has_warnings = django_filters.BooleanFilter(
        label="Has content warnings",
        field_name="warnings",
        lookup_expr="isnull",
        exclude=True,
    )

    class Meta:
        model = BlogPage
        fields = []  # the page filters, plus the two above


class WarningsColumn(Column):
    def get_value(self, instance):
        return instance.warning_summary or "—"


class PostIndexView(IndexView):
    def dispatch(self, request, *args, **kwargs):
        # Every post on the site, drafts included: for editors, not guests.
        if not request.user.has_perm("blog.change_author"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("warnings__warning")


class PostListingViewSet(PageListingViewSet):
    """All posts in one flat list, showing and filtering by content warnings."""

    model = BlogPage
    icon = "doc-full"
    menu_label = "Posts"
    add_to_admin_menu = True
    index_view_class = PostIndexView
    filterset_class = PostFilterSet
    columns = IndexView.base_columns + [WarningsColumn("warnings", label="Content warnings")]


@hooks.register("register_admin_viewset")
def register_post_listing():
    return PostListingViewSet("posts")


# Before the other apps' dashboard hooks (order 0): one that keeps only its
# own panel for some users (the guest contributor's) then drops this one too.
@hooks.register("construct_homepage_panels", order=-1)
def add_authoring_panel(request, panels):
    panel = authoring_panel(request)
    if panel is not None:
        panels.insert(0, panel)


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
