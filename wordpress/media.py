"""Attachments → Wagtail images in the "Imported from WordPress" collection.

A file comes from an offline copy of wp-content/uploads (--uploads) or,
with --download, from the address in the export (with a timeout and a few
retries). Either way it passes the checks an admin upload does (image types
only, size and pixel limits, content read by Willow) and the site's upload
handler (random name, no metadata). Images are found again by source URL,
so WordPress's size variants (photo-300x200.jpg) and a second attachment of
the same file lead to one image."""

import io
import re
import time
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import requests
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from wordpress.models import ImportedObject

COLLECTION_NAME = "Imported from WordPress"
SIZE_VARIANT = re.compile(r"-(\d+x\d+|scaled|rotated)(?=\.[A-Za-z0-9]+$)")
UPLOADS_MARKERS = ("/wp-content/uploads/", "/files/")

Kind = ImportedObject.Kind
Image = get_image_model()


def url_key(url):
    """An attachment's address without scheme, size suffix or query, so every
    way of writing it finds the same image."""
    parts = urlsplit((url or "").strip())
    if not parts.path:
        return None
    path = SIZE_VARIANT.sub("", unquote(parts.path))
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{path}".lower()


class Media:
    def __init__(self, importer):
        self.importer = importer
        self.options = importer.options
        self.report = importer.report
        self.by_id = {}  # WordPress attachment id → (image id, alt, file url)
        self.by_url = {}  # url_key → (image id, alt, file url)
        self.saved = []  # storage names written this run, removed if it fails
        self.copy_seconds = 0.0
        self.session = None

    # Importing --------------------------------------------------------------

    def import_attachments(self):
        importer = self.importer
        attachments = importer.attachments
        if not attachments:
            return
        rows = {
            int(row.key): row.object_id
            for (kind, key), row in importer.mapped.items()
            if kind == Kind.ATTACHMENT
        }
        images = Image.objects.in_bulk(rows.values())
        collection = None
        started = time.perf_counter()
        for item in attachments:
            url = item.attachment_url or item.guid
            alt = item.meta.get("_wp_attachment_image_alt", "").strip()
            key = url_key(url)
            image = images.get(rows.get(item.post_id))
            if image is None and key in self.by_url:
                self.by_id[item.post_id] = (self.by_url[key][0], alt, self.by_url[key][2])
                importer.remember(Kind.ATTACHMENT, item.post_id, self.by_url[key][0])
                self.report.skip("attachment", "the same file as another attachment")
                continue
            if image is not None:
                self.report.unchanged["image"] += 1
            else:
                if not self._is_image(url, item):
                    self.report.skip("attachment", "not an image (only images are imported)")
                    continue
                data = self._fetch(item, url)
                if data is None:
                    continue
                problem = self._check(data, url)
                if problem:
                    self.report.skip("attachment", problem)
                    self.report.warn(f"Attachment {url}: {problem}.")
                    continue
                if collection is None:
                    collection = self._collection()
                image = Image(
                    title=(item.title or PurePosixPath(urlsplit(url).path).stem or "Image")[:255],
                    description=alt[:255],
                    collection=collection,
                    file=ContentFile(data, name=PurePosixPath(urlsplit(url).path).name or "image"),
                )
                image.save()
                self.saved.append(image.file.name)
                importer.remember(Kind.ATTACHMENT, item.post_id, image.pk)
                self.report.created["image"] += 1
            record = (image.pk, alt or image.description, image.file.url)
            self.by_id[item.post_id] = record
            if key:
                self.by_url.setdefault(key, record)
        importer.save_mappings()
        self.copy_seconds = time.perf_counter() - started
        self.report.timings["media_seconds"] = round(self.copy_seconds, 2)

    def _is_image(self, url, item):
        suffix = PurePosixPath(urlsplit(url).path).suffix.lower().lstrip(".")
        return suffix in settings.WAGTAILIMAGES_EXTENSIONS

    def _fetch(self, item, url):
        if self.options.uploads:
            path = self._local_path(item, url)
            if path is not None:
                return path.read_bytes()
        if self.options.download and url.startswith(("http://", "https://")):
            return self._download(url)
        if self.options.uploads or self.options.download:
            self.report.skip("attachment", "file not found")
            self.report.warn(f"Attachment {url}: file not found.")
        else:
            self.report.skip("attachment", "no --uploads folder or --download given")
        return None

    def _local_path(self, item, url):
        root = Path(self.options.uploads).resolve()
        candidates = []
        attached = item.meta.get("_wp_attached_file", "").strip()
        if attached:
            candidates.append(attached)
        path = unquote(urlsplit(url).path)
        for marker in UPLOADS_MARKERS:
            if marker in path:
                candidates.append(path.split(marker, 1)[1])
        candidates.append(path.lstrip("/"))
        for relative in candidates:
            candidate = (root / relative).resolve()
            # Never outside the folder given, whatever the export says.
            if candidate.is_relative_to(root) and candidate.is_file():
                return candidate
        return None

    def _download(self, url):
        self.session = self.session or requests.Session()
        last_error = None
        for attempt in range(self.options.retries + 1):
            try:
                response = self.session.get(url, timeout=self.options.timeout, stream=True)
                if response.status_code == 200:
                    data = response.raw.read(
                        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1, decode_content=True
                    )
                    return data
                last_error = f"HTTP {response.status_code}"
                if response.status_code < 500:
                    break
            except requests.RequestException as error:
                last_error = error.__class__.__name__
            if attempt < self.options.retries:
                time.sleep(min(0.2 * 2**attempt, 2))
        self.report.skip("attachment", "download failed")
        self.report.warn(f"Attachment {url}: download failed ({last_error}).")
        return None

    def _check(self, data, url):
        """The admin's upload checks: size, type by content, pixel count."""
        if len(data) > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
            return "larger than the upload limit"
        try:
            with PILImage.open(io.BytesIO(data)) as picture:
                picture.verify()
                kind = (picture.format or "").lower()
                pixels = picture.size[0] * picture.size[1]
        except Exception:  # noqa: BLE001 - any failure to read means "not an image"
            return "not a readable image"
        allowed = {
            "jpeg" if ext in {"jpg", "jpeg"} else ext for ext in settings.WAGTAILIMAGES_EXTENSIONS
        }
        if kind not in allowed:
            return f"an image type the site doesn't accept ({kind or 'unknown'})"
        if pixels > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
            return "more pixels than the upload limit"
        return None

    def _collection(self):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=COLLECTION_NAME).first()
        return existing or root.add_child(name=COLLECTION_NAME)

    def discard_files(self):
        for name in self.saved:
            default_storage.delete(name)
        self.saved = []

    # Looking up -------------------------------------------------------------

    def index_links(self):
        """Nothing to do: attachments are all known before any body is read."""

    def resolve(self, ref):
        record = self.by_id.get(ref.wp_id) if ref.wp_id else None
        if record is None and ref.src:
            record = self.by_url.get(url_key(ref.src))
        return record[0] if record else None

    def featured(self, item):
        thumbnail = item.meta.get("_thumbnail_id", "").strip()
        record = self.by_id.get(int(thumbnail)) if thumbnail.isdigit() else None
        return (record[0], record[1]) if record else (None, "")

    def url_for(self, href):
        record = self.by_url.get(url_key(href)) if href and "." in href.rsplit("/", 1)[-1] else None
        return record[2] if record else None
