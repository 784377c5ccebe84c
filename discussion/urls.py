from django.urls import path, register_converter

from discussion import likes, views
from discussion.lookups import IdConverter

register_converter(IdConverter, "id")

urlpatterns = [
    path("post/<id:post_id>/", views.post_comment, name="comment_post"),
    path("<id:comment_id>/", views.permalink, name="comment_permalink"),
    path("<id:comment_id>/reply/", views.reply, name="comment_reply"),
    path("held/<str:token>/", views.held, name="comment_held"),
    path("replies/confirm/<str:token>/", views.confirm_replies, name="comment_replies_confirm"),
    path("replies/stop/<str:token>/", views.stop_replies, name="comment_replies_stop"),
    path("likes/", likes.like, name="like"),
    path("likes/<id:post_id>/", likes.like_state, name="like_state"),
]
