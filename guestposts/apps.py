from django.apps import AppConfig


class GuestPostsConfig(AppConfig):
    name = "guestposts"
    verbose_name = "Guest posts"
