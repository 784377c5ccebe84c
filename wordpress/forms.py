from django import forms

from wordpress.options import OptionError, parse_author_map, parse_warnings
from wordpress.wxr import WXRError, parse


class ImportForm(forms.Form):
    export = forms.FileField(
        label="WordPress export file",
        help_text="The .xml file from Tools → Export in WordPress (or WordPress.com).",
    )
    series_from = forms.CharField(
        label="Series from",
        required=False,
        max_length=100,
        help_text="A taxonomy (such as series) or a category whose terms become series. "
        "Leave blank to use PublishPress Series' taxonomy when the file has one.",
    )
    warnings_from = forms.CharField(
        label="Content warnings from tags or categories",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One a line: tag-or-category=Warning name,Another (add :described for another intensity).",
    )
    author_map = forms.CharField(
        label="Author map",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One a line: wordpress-login = author-slug-or-username. Others get a new author profile.",
    )
    download = forms.BooleanField(
        label="Fetch images from the addresses in the file",
        required=False,
    )
    pingbacks = forms.BooleanField(label="Import pingbacks and trackbacks", required=False)

    def clean_export(self):
        upload = self.cleaned_data["export"]
        try:
            parse(upload)
        except WXRError as error:
            raise forms.ValidationError(f"This file can't be imported: {error}") from None
        upload.seek(0)
        return upload

    def clean_warnings_from(self):
        value = self.cleaned_data["warnings_from"]
        try:
            parse_warnings(value.splitlines())
        except OptionError as error:
            raise forms.ValidationError(str(error)) from None
        return value

    def clean_author_map(self):
        value = self.cleaned_data["author_map"]
        try:
            parse_author_map(value.splitlines())
        except OptionError as error:
            raise forms.ValidationError(str(error)) from None
        return value

    def options(self):
        return {
            name: self.cleaned_data[name]
            for name in ("series_from", "warnings_from", "author_map", "download", "pingbacks")
        }
