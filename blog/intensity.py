from django.db import models


class Intensity(models.TextChoices):
    """How much of a topic a post contains: it lets readers make an informed
    choice rather than simply avoid."""

    MENTIONED = "mentioned", "mentioned"
    DISCUSSED = "discussed", "discussed"
    DETAILED = "detailed", "described in detail"
