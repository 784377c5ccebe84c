from django.urls import path

from guestposts import views

urlpatterns = [
    path("pitch/", views.pitch, name="guest_pitch"),
    path("invitation/new/", views.new_invitation_link, name="guest_invitation_new"),
    path("invitation/<str:token>/", views.accept_invitation, name="guest_invitation"),
]
