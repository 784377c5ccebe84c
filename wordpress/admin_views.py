"""Import from WordPress in the Wagtail admin: upload and options, the dry
run's report, confirmation, progress while it runs, and the report after."""

from functools import partial

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from wordpress.forms import ImportForm
from wordpress.models import ImportRun
from wordpress.runs import progress_of
from wordpress.tasks import check_import, run_import

PERMISSION = "wordpress.add_importrun"


def can_import(user):
    return (
        user.is_active and user.has_perm("wagtailadmin.access_admin") and user.has_perm(PERMISSION)
    )


class ImportPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StartView(ImportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "wordpress/admin/start.html"
    page_title = "Import from WordPress"
    header_icon = "download"

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(form=ImportForm(), runs=ImportRun.objects.all()[:10])
        )

    def post(self, request, *args, **kwargs):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(
                self.get_context_data(form=form, runs=ImportRun.objects.all()[:10])
            )
        upload = form.cleaned_data["export"]
        with transaction.atomic():
            run = ImportRun.objects.create(
                user=request.user,
                file=upload,
                original_name=upload.name[:255],
                options=form.options(),
            )
            transaction.on_commit(partial(check_import.enqueue, run.pk))
        return redirect("wordpress_import:run", run.pk)


class RunView(ImportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "wordpress/admin/run.html"
    page_title = "Import from WordPress"
    header_icon = "download"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wordpress_import:start"), "label": "Import from WordPress"},
            {"url": "", "label": self.run.original_name},
        ]

    def get(self, request, pk):
        self.run = get_object_or_404(ImportRun, pk=pk)
        done, total = progress_of(self.run)
        return self.render_to_response(
            self.get_context_data(
                run=self.run,
                done=done,
                total=total,
                working=self.run.status
                in {ImportRun.Status.CHECKING, ImportRun.Status.QUEUED, ImportRun.Status.RUNNING},
            )
        )

    def post(self, request, pk):
        with transaction.atomic():
            run = get_object_or_404(ImportRun.objects.select_for_update(), pk=pk)
            if run.status == ImportRun.Status.CHECKED:
                run.status = ImportRun.Status.QUEUED
                run.save(update_fields=["status"])
                transaction.on_commit(partial(run_import.enqueue, run.pk))
        return redirect("wordpress_import:run", pk)


def progress(request, pk):
    if not can_import(request.user):
        raise PermissionDenied
    run = get_object_or_404(ImportRun, pk=pk)
    done, total = progress_of(run)
    response = JsonResponse(
        {"status": run.status, "label": run.get_status_display(), "done": done, "total": total}
    )
    response["Cache-Control"] = "private, no-store"
    return response
