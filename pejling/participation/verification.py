""" "Verificeret borger" (optional, PEJLING_CITIZEN_OIDC_ISSUER): the person signs in at a MitID broker through
OpenID Connect (authorisation code with PKCE, state and nonce; the ID token verified against the broker's keys,
issuer, audience and expiry checked). Of the claims only two facts are kept, in the session until the input is
sent: whether they live in the plan's municipality, and their age band. A CPR number, a name or the birth date
itself is never stored."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest
from django.urls import reverse
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import generate_code_challenge, import_from_settings

from pejling.accounts.oidc import discovery
from pejling.lib.participation.kinds import age_band

FLOW, VERIFIED = "pejling_citizen_flow", "pejling_citizen_verified"
_ENDPOINTS = {
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
}


def enabled() -> bool:
    return bool(settings.PEJLING_CITIZEN_OIDC_ISSUER)


def _issuer() -> str:
    return str(settings.PEJLING_CITIZEN_OIDC_ISSUER).rstrip("/")


class BrokerToken(OIDCAuthenticationBackend):  # type: ignore[misc]
    """mozilla-django-oidc's token exchange and ID-token check, pointed at the broker; it never creates a user."""

    @staticmethod
    def get_settings(attr: str, *args: Any) -> Any:
        if attr in _ENDPOINTS:
            return discovery(_issuer())[_ENDPOINTS[attr]]
        own = {
            "OIDC_RP_CLIENT_ID": settings.PEJLING_CITIZEN_OIDC_CLIENT_ID,
            "OIDC_RP_CLIENT_SECRET": settings.PEJLING_CITIZEN_OIDC_CLIENT_SECRET,
            "OIDC_RP_SIGN_ALGO": "RS256",
            "OIDC_RP_IDP_SIGN_KEY": None,
        }
        return own[attr] if attr in own else import_from_settings(attr, *args)


@dataclass(frozen=True)
class Verified:
    resident: bool
    age_band: str


def callback_url(request: HttpRequest) -> str:
    return request.build_absolute_uri(reverse("participation:verify_done"))


def start(request: HttpRequest, *, municipality: str, back_to: str) -> str:
    """Remember the flow in the session and give the broker's authorisation address."""
    state, nonce, verifier = secrets.token_urlsafe(24), secrets.token_urlsafe(24), secrets.token_urlsafe(48)
    request.session[FLOW] = {
        "state": state,
        "nonce": nonce,
        "verifier": verifier,
        "municipality": municipality,
        "back": back_to,
    }
    query = {
        "response_type": "code",
        "client_id": settings.PEJLING_CITIZEN_OIDC_CLIENT_ID,
        "redirect_uri": callback_url(request),
        "scope": settings.PEJLING_CITIZEN_OIDC_SCOPES,
        "state": state,
        "nonce": nonce,
        "code_challenge": generate_code_challenge(verifier, "S256"),
        "code_challenge_method": "S256",
    }
    return f"{discovery(_issuer())['authorization_endpoint']}?{urlencode(query)}"


def _birthdate(claims: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(str(claims.get(settings.PEJLING_CITIZEN_BIRTHDATE_CLAIM, "")))
    except ValueError:
        return None


def finish(request: HttpRequest, today: date) -> tuple[Verified, str]:
    """Exchange the code, check the ID token, keep the two facts in the session; (the facts, where to go back).
    SuspiciousOperation for a wrong state, nonce, issuer, audience or an expired token."""
    flow = request.session.pop(FLOW, None)
    if not flow or request.GET.get("state") != flow["state"] or not request.GET.get("code"):
        raise SuspiciousOperation("citizen verification: unknown or replayed state")
    broker = BrokerToken()
    tokens = broker.get_token(
        {
            "client_id": settings.PEJLING_CITIZEN_OIDC_CLIENT_ID,
            "client_secret": settings.PEJLING_CITIZEN_OIDC_CLIENT_SECRET,
            "grant_type": "authorization_code",
            "code": request.GET["code"],
            "redirect_uri": callback_url(request),
            "code_verifier": flow["verifier"],
        }
    )
    claims = broker.verify_token(tokens.get("id_token", ""), nonce=flow["nonce"])
    audience = claims.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if str(claims.get("iss", "")).rstrip("/") != _issuer() or settings.PEJLING_CITIZEN_OIDC_CLIENT_ID not in audiences:
        raise SuspiciousOperation("citizen verification: the ID token is not for us")
    if float(claims.get("exp", 0)) < time.time():
        raise SuspiciousOperation("citizen verification: the ID token has expired")
    born = _birthdate(claims)
    found = Verified(
        resident=str(claims.get(settings.PEJLING_CITIZEN_MUNICIPALITY_CLAIM, "")) == flow["municipality"],
        age_band=age_band(born, today) if born else "",
    )
    request.session[VERIFIED] = {"resident": found.resident, "age_band": found.age_band}
    return found, str(flow["back"])


def verified(request: HttpRequest) -> Verified | None:
    found = request.session.get(VERIFIED) if hasattr(request, "session") else None
    return Verified(bool(found["resident"]), str(found["age_band"])) if found else None


def forget(request: HttpRequest) -> None:
    request.session.pop(VERIFIED, None)
