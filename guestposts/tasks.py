"""Background work for guest posting: the emails about pitches and
invitations. Each task reads the current state first, so one that runs late
(or twice) never sends an invitation that was used or a decline that was
taken back."""

from django_tasks import task

from guestposts import emails


@task()
def send_pitch_acknowledgement(pitch_id):
    from guestposts.models import Pitch

    pitch = Pitch.objects.filter(pk=pitch_id).first()
    if pitch:
        emails.pitch_acknowledgement(pitch).send()


@task()
def notify_editors_of_pitch(pitch_id):
    from guestposts.models import Pitch

    pitch = Pitch.objects.filter(pk=pitch_id, status=Pitch.Status.NEW).first()
    if pitch:
        for message in emails.new_pitch_for_editors(pitch):
            message.send()


@task()
def send_pitch_declined(pitch_id):
    from guestposts.models import Pitch

    pitch = Pitch.objects.filter(pk=pitch_id, status=Pitch.Status.DECLINED).first()
    if pitch:
        emails.pitch_declined(pitch).send()


@task()
def send_invitation(invitation_id):
    from guestposts.models import Invitation

    invitation = (
        Invitation.objects.filter(pk=invitation_id, used_at=None, author__user=None)
        .select_related("author")
        .first()
    )
    if invitation:
        emails.invitation_email(invitation).send()
