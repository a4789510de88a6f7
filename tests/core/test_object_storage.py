"""Uploads on S3-compatible object storage (config/settings/object_storage.py), against moto's
S3 server on 127.0.0.1: originals and documents private behind signed addresses, renditions
public and cacheable, documents still checked by Wagtail before the address is given."""

import io
import json
import os
import socket
import subprocess
import sys
import urllib.request

import boto3
import pytest
from django.conf import settings as django_settings
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from moto.server import ThreadedMotoServer
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from config.settings.object_storage import s3_media

pytestmark = pytest.mark.django_db

BUCKET = "tranquil-media"
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3(s3_server, settings, monkeypatch):
    """The site's storages pointed at a fresh bucket, as MEDIA_S3_* would point them."""
    env = {
        "MEDIA_S3_BUCKET": BUCKET,
        "MEDIA_S3_ENDPOINT_URL": s3_server,
        "MEDIA_S3_REGION": "eu-west-2",
        "MEDIA_S3_ACCESS_KEY_ID": "test-key",
        "MEDIA_S3_SECRET_ACCESS_KEY": "test-secret",
    }
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="eu-west-2",
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
    )
    client.create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
    )
    media, _origins = s3_media(env)
    settings.STORAGES = {**settings.STORAGES, **media}
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    # Wagtail fixes the rendition storage when the model loads, as base.py's setting would.
    rendition_field = get_image_model().renditions.rel.related_model._meta.get_field("file")
    monkeypatch.setattr(rendition_field, "storage", storages["renditions"])
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


def png():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (320, 200), (120, 160, 150)).save(buffer, "PNG")
    return SimpleUploadedFile("lake.png", buffer.getvalue(), content_type="image/png")


def public_read(client, key):
    grants = client.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    return any(g["Grantee"].get("URI") == ALL_USERS for g in grants)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (our moto server)
        return response.status, response.headers, response.read()


def test_an_uploaded_image_is_private_and_its_renditions_public(s3, owner_client, s3_server):
    response = owner_client.post(
        "/admin/images/add/",
        {"title": "Lake", "file": png(), "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Lake")
    original = f"private/{image.file.name}"
    assert public_read(s3, original) is False
    assert "X-Amz-Signature=" in image.file.url  # the original is reached only when signed

    rendition = image.get_rendition("fill-160x100")
    url = rendition.url
    assert url.startswith(f"{s3_server}/{BUCKET}/public/images/")
    assert "X-Amz-" not in url
    assert public_read(s3, f"public/{rendition.file.name}") is True
    status, headers, body = fetch(url)
    assert status == 200 and body.startswith(b"\x89PNG")
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_a_document_is_served_through_a_short_signed_address(s3, owner_client, client):
    response = owner_client.post(
        "/admin/documents/add/",
        {
            "title": "Fees",
            "file": SimpleUploadedFile("fees.txt", b"Sessions are 50 minutes."),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Fees")
    assert public_read(s3, f"private/{document.file.name}") is False

    owner_client.logout()
    served = client.get(document.url)
    assert served.status_code == 302
    location = served["Location"]
    assert f"/{BUCKET}/private/documents/" in location
    assert "X-Amz-Signature=" in location and "X-Amz-Expires=300" in location
    assert fetch(location)[2] == b"Sessions are 50 minutes."


def test_a_restricted_document_asks_for_sign_in_before_any_address(s3, owner_client, client):
    root = Collection.get_first_root_node()
    staff = root.add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=staff, restriction_type=CollectionViewRestriction.LOGIN
    )
    owner_client.post(
        "/admin/documents/add/",
        {"title": "Notes", "file": SimpleUploadedFile("notes.txt", b"x"), "collection": staff.pk},
    )
    document = get_document_model().objects.get(title="Notes")
    owner_client.logout()
    response = client.get(document.url)
    assert response.status_code == 302
    assert "X-Amz" not in response["Location"] and "login" in response["Location"]


def test_the_environment_switches_storage_and_lets_pages_show_its_images():
    """base.py read with MEDIA_S3_* set, in a fresh process as a server would start."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "MEDIA_S3_BUCKET": BUCKET,
        "MEDIA_S3_PUBLIC_URL": "https://media.example.org",
    }
    script = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'default': s.STORAGES['default']['BACKEND'], "
        "'renditions': s.WAGTAILIMAGES_RENDITION_STORAGE, 'docs': s.WAGTAILDOCS_SERVE_METHOD, "
        "'domain': s.STORAGES['renditions']['OPTIONS']['custom_domain'], "
        "'img': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], "
        "'admin_img': s.CONTENT_SECURITY_POLICY_ADMIN['DIRECTIVES']['img-src']}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["default"] == "storages.backends.s3.S3Storage"
    assert (seen["renditions"], seen["docs"]) == ("renditions", "redirect")
    assert seen["domain"] == "media.example.org"
    assert "https://media.example.org" in seen["img"]
    assert "https://media.example.org" in seen["admin_img"]


def test_without_a_bucket_uploads_stay_on_this_machine():
    assert django_settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")
    assert "renditions" not in django_settings.STORAGES
