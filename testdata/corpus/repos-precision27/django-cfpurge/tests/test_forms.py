import pytest

from cfpurge.forms import CloudflareZoneForm, LegacyCloudflareCredentialsForm

pytestmark = pytest.mark.django_db

ZONE_ID = "0" * 32


def make_form(**overrides):
    data = {
        "name": "example.com",
        "zone_id": ZONE_ID,
        "api_token": "cfut_" + "k" * 40,
        "purge_everything_on_deploy": False,
    }
    data.update(overrides)
    return CloudflareZoneForm(data=data)


def test_scoped_token_is_valid():
    assert make_form().is_valid()


def test_legacy_40_char_token_is_valid():
    assert make_form(api_token="Ab-_" * 10).is_valid()


@pytest.mark.parametrize("value", ["9" * 37, "cfk_" + "m" * 30])
def test_global_key_is_rejected(value):
    form = make_form(api_token=value)
    assert not form.is_valid()
    assert form.has_error("api_token", code="global_key")


@pytest.mark.parametrize("value", ["your-api-token", "<CLOUDFLARE_API_TOKEN>", "Bearer xyz"])
def test_placeholders_are_rejected(value):
    assert not make_form(api_token=value).is_valid()


def test_password_widget_does_not_render_value():
    form = make_form()
    html = str(form["api_token"])
    assert 'type="password"' in html
    assert "cfut_" not in html


def test_legacy_form_requires_both_fields():
    form = LegacyCloudflareCredentialsForm(data={"email": "ops@example.com", "api_key": ""})
    assert not form.is_valid()
