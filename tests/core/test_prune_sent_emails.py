from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from core.models import SentEmail


def test_old_delivery_records_go_and_recent_ones_stay(db):
    old = SentEmail.objects.create(key="old")
    recent = SentEmail.objects.create(key="recent")
    SentEmail.objects.filter(pk=old.pk).update(sent_at=timezone.now() - timedelta(days=8))
    SentEmail.objects.filter(pk=recent.pk).update(sent_at=timezone.now() - timedelta(days=6))
    call_command("prune_sent_emails")
    assert list(SentEmail.objects.values_list("key", flat=True)) == ["recent"]


def test_a_day_is_the_least_it_keeps(db):
    SentEmail.objects.create(key="just-sent")
    call_command("prune_sent_emails", "--older-than", "0")
    assert SentEmail.objects.filter(key="just-sent").exists()
