"""The hero's old columns, now that 0008 has moved what they held into the body.

The heading is given a default first, so that going back can add its column again to a
table that already has rows.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("home", "0008_hero_in_the_stream")]

    operations = [
        migrations.AlterField(
            model_name="homepage",
            name="hero_heading",
            field=models.CharField(default="", max_length=120),
        ),
        *(
            migrations.RemoveField(model_name="homepage", name=name)
            for name in [
                "hero_cta_label",
                "hero_cta_page",
                "hero_heading",
                "hero_image",
                "hero_text",
                "intro",
            ]
        ),
    ]
