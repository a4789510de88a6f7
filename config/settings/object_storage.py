"""Uploads on S3-compatible object storage, for several instances behind a balancer.

Originals and documents are private, reached through short-lived signed addresses
(documents through Wagtail's serve view, which checks who may see them first). Image
renditions, which every page shows and caches keep, are public under "public/".
Read from the environment by base.py; tests pass their own mapping.
"""


def s3_media(environ):
    """(the "default" and "renditions" storages, the origins pages load images from)."""
    endpoint = environ.get("MEDIA_S3_ENDPOINT_URL") or None
    bucket = environ["MEDIA_S3_BUCKET"]
    shared = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": environ.get("MEDIA_S3_REGION") or None,
        "access_key": environ.get("MEDIA_S3_ACCESS_KEY_ID") or None,
        "secret_key": environ.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
        # S3-compatible servers (MinIO, Ceph, moto) name the bucket in the path.
        "addressing_style": "path" if endpoint else None,
        "file_overwrite": False,
    }
    public_url = environ.get("MEDIA_S3_PUBLIC_URL", "").rstrip("/")
    scheme, _, domain = public_url.rpartition("://")
    storages = {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **shared,
                "location": "private",
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": int(environ.get("MEDIA_S3_SIGNED_SECONDS", 300)),
            },
        },
        "renditions": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **shared,
                "location": "public",
                # A bucket that refuses ACLs grants public reads by its policy: set it empty.
                "default_acl": environ.get("MEDIA_S3_PUBLIC_ACL", "public-read") or None,
                "querystring_auth": False,
                "custom_domain": domain or None,
                "url_protocol": f"{scheme or 'https'}:",
                "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
            },
        },
    }
    origin = public_url or endpoint or f"https://{bucket}.s3.amazonaws.com"
    return storages, [origin]
