"""OpenID Connect login for municipal identity providers (Keycloak, OS2faktor, Entra ID) through
mozilla-django-oidc: the provider's endpoints come from its discovery document (``<issuer>/.well-known/
openid-configuration``), PKCE and nonces are on, the ID token is verified against the provider's keys, roles
are mapped from a configurable claim on every login, and logging out ends the session at the provider too."""

from __future__ import annotations

from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit

import httpx
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponseBase
from django.urls import reverse
from django.utils import timezone
from mozilla_django_oidc import auth as oidc_auth
from mozilla_django_oidc import views as oidc_views
from mozilla_django_oidc.utils import import_from_settings

from pejling.accounts.actions import save_staff
from pejling.accounts.actors import Operator
from pejling.lib.roles import ROLES

# mozilla-django-oidc's endpoint settings, read from the discovery document instead.
DISCOVERED = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
}
CACHE_SECONDS = 3600
_Response = TypeVar("_Response", bound=HttpResponseBase)


def enabled() -> bool:
    return bool(settings.PEJLING_OIDC_ISSUER)


def discovery(issuer: str | None = None) -> dict[str, Any]:
    """The provider's discovery document (the staff login's, or ``issuer``'s), fetched once an hour (in the cache
    all processes share)."""
    issuer = (settings.PEJLING_OIDC_ISSUER if issuer is None else issuer).rstrip("/")
    if not issuer:
        raise ImproperlyConfigured("PEJLING_OIDC_ISSUER is not set")
    key = f"pejling:oidc:discovery:{issuer}"
    found = cache.get(key)
    if found is None:
        response = httpx.get(f"{issuer}/.well-known/openid-configuration", timeout=settings.PEJLING_HTTP_TIMEOUT)
        response.raise_for_status()
        found = response.json()
        if str(found.get("issuer", "")).rstrip("/") != issuer:
            raise ImproperlyConfigured(f"the discovery document names issuer {found.get('issuer')!r}, not {issuer!r}")
        cache.set(key, found, CACHE_SECONDS)
    return dict(found)


def get_setting(attr: str, *default: Any) -> Any:
    if attr in DISCOVERED:
        return discovery()[DISCOVERED[attr]]
    return import_from_settings(attr, *default)


def role_map() -> dict[str, str]:
    """The provider's group names → Pejling role codes (``PEJLING_OIDC_ROLE_MAP``: ``group=role,…``); a group
    named like a role code maps to it unless configured otherwise."""
    mapping = {code: code for code in ROLES}
    for pair in settings.PEJLING_OIDC_ROLE_MAP:
        group, _, role = pair.partition("=")
        if role.strip() in ROLES:
            mapping[group.strip()] = role.strip()
    return mapping


def roles_from_claims(claims: dict[str, Any]) -> list[str]:
    value = claims.get(settings.PEJLING_OIDC_ROLES_CLAIM) or []
    groups = [value] if isinstance(value, str) else list(value)
    mapping = role_map()
    return sorted({mapping[str(group)] for group in groups if str(group) in mapping})


class Backend(oidc_auth.OIDCAuthenticationBackend):  # type: ignore[misc]
    """Users are found by e-mail (their user name); their roles follow the provider's claim at every login."""

    @staticmethod
    def get_settings(attr: str, *args: Any) -> Any:
        return get_setting(attr, *args)

    def filter_users_by_claims(self, claims: dict[str, Any]) -> Any:
        email = str(claims.get("email", "")).strip().lower()
        return get_user_model().objects.filter(username=email) if email else get_user_model().objects.none()

    def create_user(self, claims: dict[str, Any]) -> Any:
        return self._apply(claims)

    def update_user(self, user: Any, claims: dict[str, Any]) -> Any:
        return self._apply(claims)

    def _apply(self, claims: dict[str, Any]) -> Any:
        """Create or change the user with the roles the claim gives (audited, only when something changed)."""
        email = str(claims["email"]).strip().lower()
        name = " ".join(str(claims.get(k, "")) for k in ("given_name", "family_name")).strip()
        existing = get_user_model().objects.filter(username=email).first()
        profile = getattr(existing, "staff_profile", None) if existing else None
        user = save_staff(
            Operator(settings.PEJLING_OIDC_ISSUER, kind="oidc"),
            timezone.now(),
            email,
            roles=roles_from_claims(claims),
            forvaltning=profile.forvaltning if profile else None,
            forvaltning_grant=bool(profile and profile.forvaltning_grant),
            name=name or (existing.get_full_name() if existing else ""),
        )
        return user


class AuthenticationRequestView(oidc_views.OIDCAuthenticationRequestView):  # type: ignore[misc]
    @staticmethod
    def get_settings(attr: str, *args: Any) -> Any:
        return get_setting(attr, *args)


class AuthenticationCallbackView(oidc_views.OIDCAuthenticationCallbackView):  # type: ignore[misc]
    @staticmethod
    def get_settings(attr: str, *args: Any) -> Any:
        return get_setting(attr, *args)


def allow_provider_form_action(response: _Response) -> _Response:
    """Let a staff page's forms lead to the provider: the logout form's answer is a redirect to its end-session
    endpoint, which the page's Content-Security-Policy (form-action 'self') would otherwise block."""
    if enabled():
        issuer = urlsplit(settings.PEJLING_OIDC_ISSUER)
        response._csp_update = {"form-action": [f"{issuer.scheme}://{issuer.netloc}"]}  # type: ignore[attr-defined]
    return response


def provider_logout_url(request: HttpRequest) -> str:
    """Where logging out sends the browser: the provider's end-session endpoint with the ID token as hint and
    a way back to the login page; the login page itself when the provider has none or the user did not log in
    through it."""
    back = request.build_absolute_uri(reverse("editor:login"))
    id_token = request.session.get("oidc_id_token")
    end_session = discovery().get("end_session_endpoint") if enabled() else None
    if not (id_token and end_session):
        return back
    query = {"id_token_hint": id_token, "post_logout_redirect_uri": back, "client_id": settings.OIDC_RP_CLIENT_ID}
    return f"{end_session}?{urlencode(query)}"
