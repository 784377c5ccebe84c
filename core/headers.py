"""Security headers on every response: static files included (both
middleware sit above WhiteNoise), and page-cache hits, which are stored
with the headers these gave them.

The Content Security Policy comes from django-csp: the public policy is
CONTENT_SECURITY_POLICY (or ..._REPORT_ONLY), and paths under
ADMIN_CSP_PREFIXES get ADMIN_CONTENT_SECURITY_POLICY instead, in the same
mode, because Wagtail's admin needs what the public pages must not allow
(see website/settings/base.py and README, "Running in production"); so do
its previews of public pages."""

from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        mode = "CONTENT_SECURITY_POLICY_REPORT_ONLY" if report_only else "CONTENT_SECURITY_POLICY"
        in_force = bool(getattr(settings, mode, None))
        if parts.config is None and in_force and is_admin(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


def is_admin(request):
    # A preview is rendered inside the admin through a dummy request for the
    # page's public address; it must take the admin's policy, which lets the
    # admin frame it, or the preview panel stays blank.
    if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
        return True
    return request.path_info.startswith(tuple(settings.ADMIN_CSP_PREFIXES))


class SecurityHeadersMiddleware:
    """Permissions-Policy and Cross-Origin-Resource-Policy, which Django's
    SecurityMiddleware doesn't set (it sets Cross-Origin-Opener-Policy)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENIED
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response
