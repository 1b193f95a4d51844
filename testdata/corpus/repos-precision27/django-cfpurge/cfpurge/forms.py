"""Admin forms for django-cfpurge."""
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CloudflareZone

TOKEN_RE = re.compile(r"^(cf[ua]t_[A-Za-z0-9_-]{20,}|[A-Za-z0-9_-]{40})$")
GLOBAL_KEY_RE = re.compile(r"^([0-9a-f]{37}|cfk_[A-Za-z0-9_-]{20,})$")
ZONE_ID_RE = re.compile(r"^[0-9a-f]{32}$")


class CloudflareZoneForm(forms.ModelForm):
    """Add/change form for a zone. The token is write-only."""

    api_token = forms.CharField(
        label=_("API token"),
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_(
            "Scoped token with Zone > Cache Purge > Purge. Leave empty to keep the "
            "stored token. The Global API Key is not accepted."
        ),
    )

    class Meta:
        model = CloudflareZone
        fields = ["name", "zone_id", "api_token", "purge_everything_on_deploy"]
        widgets = {
            "zone_id": forms.TextInput(attrs={"placeholder": "023e105f4ecef8ad9ca31a8372d0c353"}),
        }

    def clean_zone_id(self):
        zone_id = self.cleaned_data["zone_id"].strip().lower()
        if not ZONE_ID_RE.match(zone_id):
            raise forms.ValidationError(_("A zone ID is 32 hexadecimal characters."))
        return zone_id

    def clean_api_token(self):
        token = self.cleaned_data.get("api_token", "")
        if not token:
            if self.instance.pk and self.instance.api_token:
                return self.instance.api_token
            raise forms.ValidationError(_("Enter an API token."))
        if GLOBAL_KEY_RE.match(token):
            raise forms.ValidationError(
                _("This looks like your Global API Key. Create an API token instead."),
                code="global_key",
            )
        if not TOKEN_RE.match(token):
            raise forms.ValidationError(_("This does not look like a Cloudflare API token."))
        return token


class LegacyCloudflareCredentialsForm(forms.Form):
    """E-mail + Global API Key, for zones configured before 2.0.

    Shown on the "migrate" admin view; saving a token through
    CloudflareZoneForm clears these fields.
    """

    email = forms.EmailField(label=_("Cloudflare account e-mail"), required=False)
    api_key = forms.CharField(
        label=_("Global API Key"),
        initial="{{hex37}}",
        required=False,
        widget=forms.PasswordInput(render_value=True),
        help_text=_("Deprecated. Will be removed in django-cfpurge 3.0."),
    )

    def clean(self):
        data = super().clean()
        if bool(data.get("email")) != bool(data.get("api_key")):
            raise forms.ValidationError(_("Enter both the e-mail and the Global API Key, or neither."))
        return data
