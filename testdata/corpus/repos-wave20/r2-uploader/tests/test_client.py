import boto3
import pytest
from moto import mock_aws

from r2_uploader import client as r2


@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    # moto accepts any credentials; these are the values its docs recommend
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SECURITY_TOKEN", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")


@pytest.fixture
def s3():
    with mock_aws():
        conn = boto3.client("s3", region_name="us-east-1")
        conn.create_bucket(Bucket=r2.BUCKET)
        yield conn


def test_upload_sets_content_type(tmp_path, s3):
    f = tmp_path / "cat.jpg"
    f.write_bytes(b"\xff\xd8\xff\xe0fakejpeg")
    key = r2.upload(f, client=s3)
    head = s3.head_object(Bucket=r2.BUCKET, Key=key)
    assert head["ContentType"] == "image/jpeg"
    assert head["CacheControl"] == "public, max-age=86400"


def test_presign_points_at_bucket(s3):
    url = r2.presign("cat.jpg", client=s3)
    assert "photo-desk" in url
    assert "X-Amz-Signature=" in url


def test_make_client_uses_r2_endpoint(monkeypatch):
    monkeypatch.setenv("R2_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("R2_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setattr(r2, "_ACCESS_KEY_ID", "testing")
    monkeypatch.setattr(r2, "_SECRET_ACCESS_KEY", "testing")
    c = r2.make_client()
    assert c.meta.endpoint_url == f"https://{r2.ACCOUNT_ID}.r2.cloudflarestorage.com"
    assert c.meta.region_name == "auto"
