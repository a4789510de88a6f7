"""The home page's hero moves into its body as the first block, so the owner can edit,
reorder and preview it like every other section; the old intro follows it as a paragraph.

The page's own row and every one of its revisions are rewritten (the editor opens the
latest revision, so a row alone would lose the hero at the next publish). The columns go
in 0009, in a migration of their own, so PostgreSQL never alters a table it has just
written to in the same transaction.
"""

import json
import uuid

import wagtail.fields
from django.db import migrations

HERO_FIELDS = ["hero_heading", "hero_text", "hero_image", "hero_cta_label", "hero_cta_page"]


def hero_blocks(fields, alt_text_for):
    """The hero block (and a paragraph holding the intro) made from the old fields.

    `fields` maps the old field names to their values (ids for the image and page);
    `alt_text_for(image_id)` gives the image's description, the alt text it was shown with.
    """
    image = None
    if fields.get("hero_image"):
        alt = (alt_text_for(fields["hero_image"]) or "").strip()
        image = {"image": fields["hero_image"], "decorative": not alt, "alt_text": alt}
    hero = {
        "type": "hero",
        "id": str(uuid.uuid4()),
        "value": {
            "heading": fields.get("hero_heading") or "",
            "text": fields.get("hero_text") or "",
            "image": image,
            "primary_link": {
                "label": fields.get("hero_cta_label") or "",
                "page": fields.get("hero_cta_page"),
                "link_url": "",
            },
            "secondary_link": {"label": "", "page": None, "link_url": ""},
        },
    }
    made = [hero]
    intro = (fields.get("intro") or "").strip()
    if intro and intro not in ("<p></p>", "<p><br/></p>"):
        made.append({"type": "paragraph", "id": str(uuid.uuid4()), "value": intro})
    return made


def with_hero(raw_body, fields, alt_text_for):
    """The body with the hero in front; a body that already opens with one is kept as is."""
    raw_body = list(raw_body or [])
    if raw_body and raw_body[0].get("type") == "hero":
        return raw_body
    return hero_blocks(fields, alt_text_for) + raw_body


def revision_with_hero(content, alt_text_for):
    """A revision's content (the body a JSON string, as Wagtail stores it) moved over."""
    body = content.get("body") or "[]"
    raw = json.loads(body) if isinstance(body, str) else body
    fields = {name: content.get(name) for name in [*HERO_FIELDS, "intro"]}
    moved = with_hero(raw, fields, alt_text_for)
    content = {key: value for key, value in content.items() if key not in fields}
    content["body"] = json.dumps(moved) if isinstance(body, str) else moved
    return content


def hero_from_block(raw_body):
    """The old fields from the body's hero block, and the body without it (for going back)."""
    raw_body = list(raw_body or [])
    hero = next((block for block in raw_body if block.get("type") == "hero"), None)
    if hero is None:
        return {}, raw_body
    value = hero.get("value") or {}
    image = value.get("image") or {}
    link = value.get("primary_link") or {}
    fields = {
        "hero_heading": (value.get("heading") or "")[:120],
        "hero_text": value.get("text") or "",
        "hero_image": image.get("image") if isinstance(image, dict) else image,
        "hero_cta_label": (link.get("label") or "")[:60],
        "hero_cta_page": link.get("page"),
        "intro": "",
    }
    return fields, [block for block in raw_body if block is not hero]


def alt_texts(apps):
    Image = apps.get_model("wagtailimages", "Image")
    return lambda pk: Image.objects.filter(pk=pk).values_list("description", flat=True).first()


def revisions_of(apps, HomePage):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    home_type = ContentType.objects.filter(app_label="home", model="homepage").first()
    if home_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type=home_type)


def hero_into_stream(apps, schema_editor):
    HomePage = apps.get_model("home", "HomePage")
    alt_text_for = alt_texts(apps)
    for page in HomePage.objects.all():
        fields = {name: getattr(page, name) for name in ["hero_heading", "hero_text", "intro"]}
        fields.update(
            hero_image=page.hero_image_id,
            hero_cta_label=page.hero_cta_label,
            hero_cta_page=page.hero_cta_page_id,
        )
        page.body = with_hero(page.body.raw_data, fields, alt_text_for)
        page.save(update_fields=["body"])
    for revision in revisions_of(apps, HomePage):
        revision.content = revision_with_hero(revision.content, alt_text_for)
        revision.save(update_fields=["content"])


def stream_into_hero(apps, schema_editor):
    HomePage = apps.get_model("home", "HomePage")
    for page in HomePage.objects.all():
        fields, rest = hero_from_block(page.body.raw_data)
        if not fields:
            continue
        page.hero_heading = fields["hero_heading"]
        page.hero_text = fields["hero_text"]
        page.hero_image_id = fields["hero_image"]
        page.hero_cta_label = fields["hero_cta_label"]
        page.hero_cta_page_id = fields["hero_cta_page"]
        page.body = rest
        page.save()
    for revision in revisions_of(apps, HomePage):
        content = dict(revision.content)
        body = content.get("body") or "[]"
        raw = json.loads(body) if isinstance(body, str) else body
        fields, rest = hero_from_block(raw)
        content.update(fields)
        content["body"] = json.dumps(rest) if isinstance(body, str) else rest
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [("home", "0007_practitioners_services_testimonials")]

    operations = [
        migrations.AlterField(
            model_name='homepage',
            name='body',
            field=wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 6), ('quote', 9), ('embed', 13), ('call_to_action', 18), ('hero', 24), ('current_offer', 27), ('services', 33), ('how_it_works', 39), ('latest_articles', 42), ('testimonials', 47), ('faq', 53), ('newsletter', 56), ('featured_pages', 61)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section (H2)'), ('h3', 'Subsection (H3)')]}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'description': 'Text with links and lists', 'features': ['bold', 'italic', 'link', 'ol', 'ul', 'h3', 'h4'], 'icon': 'pilcrow', 'preview_value': '<p>Most people arrive with a question rather than a plan.</p>', 'template': 'home/blocks/paragraph_block.html'}), 4: ('wagtail.images.blocks.ImageBlock', [], {}), 5: ('wagtail.blocks.CharBlock', (), {'max_length': 250, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('image', 4), ('caption', 5)]], {}), 7: ('wagtail.blocks.TextBlock', (), {}), 8: ('wagtail.blocks.CharBlock', (), {'max_length': 120, 'required': False}), 9: ('wagtail.blocks.StructBlock', [[('text', 7), ('attribution', 8)]], {}), 10: ('wagtail.embeds.blocks.EmbedBlock', (), {'help_text': 'The address of the video or post.', 'max_width': 800}), 11: ('wagtail.blocks.CharBlock', (), {'help_text': 'What it is, as the link text.', 'max_length': 150}), 12: ('wagtail.blocks.CharBlock', (), {'help_text': 'Who hosts it, e.g. YouTube.', 'max_length': 60}), 13: ('wagtail.blocks.StructBlock', [[('media', 10), ('title', 11), ('provider', 12)]], {}), 14: ('wagtail.blocks.TextBlock', (), {'required': False}), 15: ('wagtail.blocks.CharBlock', (), {'max_length': 60}), 16: ('wagtail.blocks.PageChooserBlock', (), {'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'help_text': 'Used when no page is chosen.', 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('heading', 0), ('text', 14), ('button_label', 15), ('page', 16), ('link_url', 17)]], {}), 19: ('wagtail.blocks.CharBlock', (), {'help_text': "The promise, in a line. This is the page's main heading.", 'max_length': 120}), 20: ('wagtail.blocks.TextBlock', (), {'max_length': 400, 'required': False}), 21: ('wagtail.blocks.CharBlock', (), {'max_length': 60, 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('label', 21), ('page', 16), ('link_url', 17)]], {'label': 'Main button'}), 23: ('wagtail.blocks.StructBlock', [[('label', 21), ('page', 16), ('link_url', 17)]], {'label': 'Second link'}), 24: ('wagtail.blocks.StructBlock', [[('heading', 19), ('text', 20), ('image', 4), ('primary_link', 22), ('secondary_link', 23)]], {}), 25: ('wagtail.blocks.CharBlock', (), {'default': 'Starting now', 'max_length': 120}), 26: ('wagtail.blocks.TextBlock', (), {'max_length': 300, 'required': False}), 27: ('wagtail.blocks.StructBlock', [[('heading', 25), ('intro', 26)]], {}), 28: ('wagtail.blocks.CharBlock', (), {'default': 'How we can help', 'max_length': 120}), 29: ('wagtail.snippets.blocks.SnippetChooserBlock', ('home.Service',), {}), 30: ('wagtail.blocks.ListBlock', (29,), {'help_text': 'Leave empty to show every service.', 'required': False}), 31: ('wagtail.blocks.PageChooserBlock', (), {'help_text': 'Leave empty to link to the services and fees page.', 'page_type': ['home.ServicesPage'], 'required': False}), 32: ('wagtail.blocks.CharBlock', (), {'default': 'Services and fees', 'max_length': 60}), 33: ('wagtail.blocks.StructBlock', [[('heading', 28), ('intro', 26), ('services', 30), ('page', 31), ('link_label', 32)]], {}), 34: ('wagtail.blocks.CharBlock', (), {'default': 'How it works', 'max_length': 120}), 35: ('wagtail.blocks.CharBlock', (), {'max_length': 80}), 36: ('wagtail.blocks.TextBlock', (), {'max_length': 300}), 37: ('wagtail.blocks.StructBlock', [[('title', 35), ('text', 36)]], {}), 38: ('wagtail.blocks.ListBlock', (37,), {'max_num': 3, 'min_num': 3}), 39: ('wagtail.blocks.StructBlock', [[('heading', 34), ('steps', 38)]], {}), 40: ('wagtail.blocks.CharBlock', (), {'default': 'Latest articles', 'max_length': 120}), 41: ('wagtail.blocks.IntegerBlock', (), {'default': 3, 'help_text': '3 to 6.', 'max_value': 6, 'min_value': 3}), 42: ('wagtail.blocks.StructBlock', [[('heading', 40), ('count', 41)]], {}), 43: ('wagtail.blocks.CharBlock', (), {'default': "In our clients' words", 'max_length': 120}), 44: ('wagtail.snippets.blocks.SnippetChooserBlock', ('home.Testimonial',), {}), 45: ('wagtail.blocks.ListBlock', (44,), {'help_text': 'Leave empty to show the testimonials marked to show on the site.', 'required': False}), 46: ('wagtail.blocks.IntegerBlock', (), {'default': 3, 'max_value': 12, 'min_value': 1}), 47: ('wagtail.blocks.StructBlock', [[('heading', 43), ('testimonials', 45), ('max_count', 46)]], {}), 48: ('wagtail.blocks.CharBlock', (), {'default': 'Questions people ask', 'max_length': 120}), 49: ('wagtail.blocks.CharBlock', (), {'max_length': 200}), 50: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ul', 'ol']}), 51: ('wagtail.blocks.StructBlock', [[('question', 49), ('answer', 50)]], {}), 52: ('wagtail.blocks.ListBlock', (51,), {'max_num': 12, 'min_num': 1}), 53: ('wagtail.blocks.StructBlock', [[('heading', 48), ('questions', 52)]], {}), 54: ('wagtail.blocks.CharBlock', (), {'default': 'Get new articles by email', 'max_length': 120}), 55: ('wagtail.blocks.TextBlock', (), {'default': 'One email when we publish something new. Unsubscribe with one click.', 'max_length': 300, 'required': False}), 56: ('wagtail.blocks.StructBlock', [[('heading', 54), ('text', 55)]], {}), 57: ('wagtail.blocks.PageChooserBlock', (), {}), 58: ('wagtail.blocks.CharBlock', (), {'help_text': 'Defaults to the page title.', 'max_length': 120, 'required': False}), 59: ('wagtail.blocks.StructBlock', [[('page', 57), ('heading', 58), ('text', 14)]], {}), 60: ('wagtail.blocks.ListBlock', (59,), {'max_num': 6, 'min_num': 1}), 61: ('wagtail.blocks.StructBlock', [[('heading', 0), ('pages', 60)]], {})}),
        ),
        migrations.RunPython(hero_into_stream, stream_into_hero),
    ]
