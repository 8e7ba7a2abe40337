"""The claims the test provider gives: e-mail, name and the user's groups; a group named ``claim:NAME=VALUE``
becomes the claim NAME (how a test plays a MitID broker's claims: a municipality code, a birth date, a CPR
number)."""

from typing import Any

from oauth2_provider.oauth2_validators import OAuth2Validator

PREFIX = "claim:"


class Validator(OAuth2Validator):  # type: ignore[misc]
    oidc_claim_scope = None  # every claim in every token and in userinfo

    def get_additional_claims(self, request: Any) -> dict[str, Any]:
        user = request.user
        names = sorted(user.groups.values_list("name", flat=True))
        claims: dict[str, Any] = {
            "email": user.email,
            "given_name": user.first_name,
            "family_name": user.last_name,
            "groups": [n for n in names if not n.startswith(PREFIX)],
        }
        for name in names:
            if name.startswith(PREFIX):
                key, _, value = name.removeprefix(PREFIX).partition("=")
                claims[key] = value
        return claims
