from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from wordpress import admin_views

urlpatterns = [
    path("", admin_views.StartView.as_view(), name="start"),
    path("<int:pk>/", admin_views.RunView.as_view(), name="run"),
    path("<int:pk>/progress/", admin_views.progress, name="progress"),
]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_import(request.user)


@hooks.register("register_settings_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        "Import from WordPress", reverse("wordpress_import:start"), icon_name="download", order=900
    )


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("import-wordpress/", include((urlpatterns, "wordpress_import")))]
