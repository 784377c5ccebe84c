from core.forms import HoneypotForm, reader_email_field


class FollowForm(HoneypotForm):
    email = reader_email_field()
