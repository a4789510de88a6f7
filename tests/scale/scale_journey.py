"""Two instances behind nginx, one stopped and started in the middle of people's work.

A reader comments and subscribes, an editor uploads an image and publishes, a client writes
a journal entry, while a steady stream of readers loads public pages; instance A is
stopped and started meanwhile. Nothing a person sees fails, every write is in the
database, every email reaches the SMTP server, the image is served to both instances from
object storage, and rate limits and single-use form tokens hold across the instances.
Run by `make scale` (and CI); prints its figures.
"""

import io
import re
import threading
import time
from collections import Counter

import pytest
import requests
from PIL import Image, ImageDraw
from playwright.sync_api import expect, sync_playwright

from demo.content import DEMO_PASSWORD
from portal.crypto import new_key

from ..e2e.conftest import CHROMIUM, CHROMIUM_ARGS
from ..reliability.conftest import SMTPServer
from .stack import Stack, free_port

ARTICLE = "/articles/goals-you-will-still-care-about/"
READS = ["/", ARTICLE, "/articles/", "/search/?q=calm", "/team/", "/services/"]
WAIT = 30_000  # ms: a loaded machine is slow, and a restarting instance slower
expect.set_options(timeout=WAIT)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    stack = Stack(tmp_path_factory.mktemp("scale"))
    smtp = SMTPServer()
    smtp.start()
    try:
        port = free_port()
        stack.environment(
            database=stack.start_postgres(),
            redis=stack.start_redis(),
            s3=stack.start_s3(),
            smtp_port=smtp.port,
            site_port=port,
            keyring=new_key(),
        )
        stack.prepare()
        stack.start_instance("a")
        stack.start_instance("b")
        stack.start_workers()
        stack.start_nginx(port)
        yield stack, f"http://localhost:{port}", smtp
    finally:
        stack.stop()
        smtp.stop()


class Readers(threading.Thread):
    """Readers loading public pages through nginx, one after another, until stopped."""

    def __init__(self, url):
        super().__init__(daemon=True)
        self.url, self.statuses, self.stopped = url, Counter(), threading.Event()

    def run(self):
        session = requests.Session()
        n = 0
        while not self.stopped.is_set():
            path = READS[n % len(READS)]
            n += 1
            try:
                status = session.get(self.url + path, timeout=30).status_code
            except requests.RequestException as error:
                status = type(error).__name__
            self.statuses[status] += 1


def sign_in(page, email):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_people_keep_working_while_an_instance_restarts(site, tmp_path):
    stack, url, smtp = site
    entries_before = int(stack.sql("select count(*) from portal_journalentry"))
    readers = Readers(url)
    readers.start()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        reader = browser.new_context(base_url=url).new_page()
        editor = browser.new_context(base_url=url).new_page()
        client = browser.new_context(base_url=url).new_page()
        for page in (reader, editor, client):
            page.set_default_timeout(WAIT)

        # Both instances up: a reader comments (the form wants a person's few seconds).
        reader.goto(ARTICLE)
        form = reader.locator("#respond form")
        form.get_by_label("Name").fill("Sol Reader")
        form.get_by_label("Comment", exact=True).fill("Reading this on the bus, nodding along.")
        time.sleep(4)  # COMMENTS_MIN_SECONDS is 3: faster is treated as a bot
        form.get_by_role("button", name="Post comment").click()
        expect(
            reader.get_by_text("Thank you. Your comment is awaiting moderation.")
        ).to_be_visible()

        # Instance A stops: everyone carries on through B.
        a_port = stack.stop_instance("a")
        signup = reader.get_by_role("contentinfo").get_by_role("region", name="Stay up to date")
        signup.get_by_label("Email", exact=True).fill("sol@example.com")
        signup.get_by_label(re.compile("Yes, email me")).check()
        time.sleep(3)  # NEWSLETTER_MIN_SECONDS is 2
        signup.get_by_role("button", name="Subscribe").click()
        expect(reader.get_by_role("heading", name="Check your inbox")).to_be_visible()

        sign_in(editor, "editor@tranquil.example")
        editor.goto("/admin/images/add/")
        editor.get_by_label("Title").fill("Harbour at dawn")
        editor.locator('input[type="file"]').set_input_files(
            {"name": "harbour.png", "mimeType": "image/png", "buffer": harbour_png()}
        )
        editor.get_by_role("button", name="Upload").click()
        expect(editor.get_by_text("Image 'Harbour at dawn' added.")).to_be_visible()

        sign_in(client, "client.two@tranquil.example")
        expect(client.get_by_role("heading", name="Welcome, Priya")).to_be_visible()
        client.goto("/portal/journal/new/")
        client.get_by_label("Title").fill("Two instances")
        client.get_by_label("Your entry").fill("Wrote this while a server restarted.")
        client.get_by_role("button", name="Save entry").click()
        expect(client.get_by_text("Your entry is saved")).to_be_visible()

        # A starts again on its port; the editor publishes through whichever answers.
        stack.start_instance("a", port=a_port)
        article_id = stack.sql(
            "select id from wagtailcore_page where slug = 'goals-you-will-still-care-about'",
        )
        editor.goto(f"/admin/pages/{article_id}/edit/")
        editor.locator("#id_title").fill("Goals you will still care about in March")
        footer = editor.get_by_role("navigation", name="Actions (footer)")
        footer.get_by_role("button", name="More actions").click()
        footer.locator('button[name="action-publish"]').click()
        expect(editor.get_by_text("has been published")).to_be_visible()
        editor_cookies = {c["name"]: c["value"] for c in editor.context.cookies()}
        browser.close()

    readers.stopped.set()
    readers.join(timeout=60)

    # Both instances serve the published article, and show the uploaded image from the
    # bucket: the same rendition, made once, whichever instance is asked.
    image_id = stack.sql("select id from wagtailimages_image where title = 'Harbour at dawn'")
    host = {"Host": url.split("//")[1]}
    renditions = set()
    for name in ("a", "b"):
        direct = f"http://127.0.0.1:{stack.instances[name][1]}"
        page = requests.get(direct + ARTICLE, headers=host, timeout=30)
        assert "Goals you will still care about in March" in page.text, name
        admin = requests.get(
            f"{direct}/admin/images/{image_id}/", headers=host, cookies=editor_cookies, timeout=30
        )
        assert admin.status_code == 200, name
        found = re.findall(
            r'src="(http://127\.0\.0\.1:\d+/tranquil-media/public/images/[^"]+)"', admin.text
        )
        assert found, f"instance {name} shows no rendition from the bucket"
        renditions.update(found)
    for rendition in renditions:
        image = requests.get(rendition, timeout=30)
        assert image.status_code == 200 and image.content.startswith(b"\x89PNG")

    # Every write is in the database; every email reached the SMTP server.
    assert (
        stack.sql("select count(*) from comments_comment where author_name = 'Sol Reader'") == "1"
    )
    assert (
        stack.sql("select status from newsletter_subscriber where email = 'sol@example.com'")
        == "pending"
    )
    assert (
        stack.sql("select count(*) from wagtailimages_image where title = 'Harbour at dawn'") == "1"
    )
    assert int(stack.sql("select count(*) from portal_journalentry")) == entries_before + 1
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(
        "sol@example.com" in str(m["To"]) for m in smtp.inbox.messages
    ):
        time.sleep(0.5)
    assert any("sol@example.com" in str(m["To"]) for m in smtp.inbox.messages)
    assert stack.sql("select count(*) from mailer_message") == "0", "mail left waiting"

    served = sum(readers.statuses.values())
    errors = {s: n for s, n in readers.statuses.items() if s != 200}
    print(f"\nscale: {served} page reads through nginx, errors {errors or 'none'}")
    print(f"scale: emails delivered {len(smtp.inbox.messages)}, outbox waiting 0")
    print("scale: writes checked 5 (comment, sign-up, image, journal entry, publish), lost 0")
    assert served > 20 and not errors


def harbour_png():
    picture = Image.new("RGB", (480, 300), (196, 214, 222))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 200, 480, 300), fill=(70, 110, 130))
    draw.ellipse((300, 60, 360, 120), fill=(245, 215, 160))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def tokens_for(base, headers):
    """The newsletter form's CSRF and timing tokens, as a cached page's script fetches them."""
    response = requests.get(
        f"{base}/forms/tokens/", params={"scope": "newsletter"}, headers=headers, timeout=30
    )
    cookie = re.search(r"csrftoken=([^;]+)", response.headers["Set-Cookie"]).group(1)
    return cookie, response.json()


def sign_up(base, headers, cookie, tokens, n):
    return requests.post(
        f"{base}/newsletter/",
        {
            "csrfmiddlewaretoken": tokens["csrf"],
            "email": f"visitor{n}@example.com",
            "consent": "on",
            "source": "page",
            "token": tokens["token"],
        },
        headers={**headers, "Cookie": f"csrftoken={cookie}"},
        allow_redirects=False,
        timeout=30,
    )


def test_rate_limits_and_single_use_tokens_hold_across_instances(site):
    stack, url, _ = site
    a, b = (f"http://127.0.0.1:{stack.instances[name][1]}" for name in ("a", "b"))
    host = url.split("//")[1]

    # One visitor (the address the balancer names) sends eight sign-ups, alternately to each
    # instance: five an hour is the limit, counted once for the whole site.
    visitor = {"Host": host, "X-Forwarded-For": "198.51.100.7"}
    forms = [tokens_for(a if n % 2 else b, visitor) for n in range(8)]
    time.sleep(3)  # NEWSLETTER_MIN_SECONDS is 2
    statuses = [sign_up(a if n % 2 else b, visitor, *forms[n], n).status_code for n in range(8)]
    assert sorted(statuses) == [302] * 5 + [429] * 3, statuses

    # A form sent once to A cannot be sent again to B.
    other = {"Host": host, "X-Forwarded-For": "198.51.100.8"}
    cookie, tokens = tokens_for(a, other)
    time.sleep(3)
    assert sign_up(a, other, cookie, tokens, 100).status_code == 302
    again = sign_up(b, other, cookie, tokens, 101)
    assert again.status_code != 302
    assert "This form was already sent once" in again.text
    assert (
        stack.sql(
            "select count(*) from newsletter_subscriber where email = 'visitor101@example.com'"
        )
        == "0"
    )
    print(f"scale: sign-ups to alternate instances {statuses}")
    print(f"scale: a form replayed on the other instance refused ({again.status_code})")
