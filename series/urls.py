from django.urls import path

from series import views

urlpatterns = [
    path("", views.follow, name="follow_blog"),
    path("series/<int:series_id>/", views.follow_series, name="follow_series"),
    path("confirm/<str:token>/", views.confirm, name="follow_confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="follow_unsubscribe"),
]
