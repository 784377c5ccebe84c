import zlib

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

# The avatar's image, at twice the largest size it shows (the author page's).
AVATAR_RENDITION = "fill-192x192"


class Author(index.Indexed, models.Model):
    """Someone who writes for the blog: a member of staff or a guest. A guest
    chooses how they are credited; an anonymous guest's name, photo and bio
    stay in the admin and never reach a public page, feed or email."""

    class Kind(models.TextChoices):
        STAFF = "staff", "Staff"
        GUEST = "guest", "Guest contributor"

    class Credit(models.TextChoices):
        NAME = "name", "By name and role"
        TEAM = "team", "As a team or organisation"
        ANONYMOUS = "anonymous", "Anonymously"

    name = models.CharField(max_length=120)
    slug = models.SlugField(
        max_length=120, unique=True, help_text="Used in the address of their posts list."
    )
    role = models.CharField(max_length=160, blank=True, help_text='e.g. "Senior PWP".')
    organisation = models.CharField(
        "team or organisation",
        max_length=200,
        blank=True,
        help_text='As it reads after "by", e.g. "the wellbeing team at a Talking Therapies service".',
    )
    bio = models.TextField(blank=True, max_length=1000)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.STAFF)
    credit = models.CharField(
        "credited", max_length=10, choices=Credit.choices, default=Credit.NAME
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
        help_text="The admin account that writes as this author, if any.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("credit"), FieldPanel("user")],
            heading="Kind and credit",
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def is_anonymous(self):
        return self.credit == self.Credit.ANONYMOUS

    @property
    def has_public_page(self):
        return not self.is_anonymous

    @property
    def public_name(self):
        """How the author is named in public: their name, their team, or a
        description of their role."""
        if self.credit == self.Credit.TEAM and self.organisation:
            return self.organisation
        if self.is_anonymous:
            role = (self.role or "contributor").lower()
            article = "an" if role[:1] in "aeiou" else "a"
            return f"{article} {role}"
        return self.name

    @property
    def public_photo(self):
        """The photo, for an author credited by name: a team's credit is not
        one person's face, and an anonymous author's photo stays private."""
        return self.photo if self.credit == self.Credit.NAME else None

    @property
    def public_role(self):
        """The role, beside a name; a team's or an anonymous author's role is
        already in how they are named."""
        return self.role if self.credit == self.Credit.NAME else ""

    @property
    def public_bio(self):
        return "" if self.is_anonymous else self.bio

    @property
    def initials(self):
        """Up to two letters for an avatar ("Ruth Ellery" → "RE"); none
        for a team or an anonymous author, whose name is not a person's."""
        if self.credit != self.Credit.NAME:
            return ""
        words = [word for word in self.name.split() if word[:1].isalpha()]
        if not words:
            return ""
        return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()

    AVATAR_TONES = 6

    @property
    def avatar_tone(self):
        """One of the avatar backgrounds, the same for an author every time."""
        return zlib.crc32(self.slug.encode()) % self.AVATAR_TONES

    @property
    def public_suffix(self):
        if self.is_anonymous:
            return ", published anonymously at their request"
        if self.credit == self.Credit.NAME and self.kind == self.Kind.GUEST and self.role:
            return f", {self.role}"
        return ""
