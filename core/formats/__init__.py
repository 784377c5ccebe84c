"""Date formats for the site's language, read by Django through
FORMAT_MODULE_PATH. Django's own en_GB formats abbreviate the month; people
write it in full ("19 December 2026"). Templates use `{{ value|date }}`,
Python code `django.utils.formats.date_format(value)`."""
