"""Offers, enrolments and the enrol page move here from the portal app, rows and all.

The tables stay where they are (the models keep their db_table), so this only tells
Django's state about them; the content types are renamed, so the enrol page's row in the
page tree, its revisions and the owner's permissions follow the models.
"""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import wagtail.contrib.routable_page.models
import wagtail.fields
from decimal import Decimal
from django.conf import settings
from django.db import migrations, models


MOVED = ["offer", "enrolment", "enrolpage"]


def move_content_types(source, target):
    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        ContentType.objects.filter(app_label=target, model__in=MOVED).delete()
        ContentType.objects.filter(app_label=source, model__in=MOVED).update(app_label=target)
        ContentType.objects.clear_cache()

    return move


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("portal", "0009_bind_mfa_secrets"),
        ("contenttypes", "0002_remove_content_type_name"),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='EnrolPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', wagtail.fields.RichTextField(blank=True)),
                        ('regular_price', models.DecimalField(decimal_places=2, default=Decimal('80'), help_text='The price when no offer is open (GBP).', max_digits=8, validators=[django.core.validators.MinValueValidator(Decimal('0'))])),
                        ('next_steps', wagtail.fields.RichTextField(blank=True, help_text='Shown after enrolling and in the confirmation email: what happens next.')),
                        ('privacy_page', models.ForeignKey(blank=True, help_text='The privacy notice people agree to when they enrol.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                    ],
                    options={
                        'verbose_name': 'enrol page',
                        'db_table': 'portal_enrolpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='Offer',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=120)),
                        ('description', models.TextField(blank=True, help_text='A sentence or two for the enrol page.')),
                        ('places', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(1)])),
                        ('places_taken', models.PositiveSmallIntegerField(default=0, editable=False)),
                        ('offer_price', models.DecimalField(decimal_places=2, max_digits=8, validators=[django.core.validators.MinValueValidator(Decimal('0'))])),
                        ('regular_price', models.DecimalField(decimal_places=2, max_digits=8, validators=[django.core.validators.MinValueValidator(Decimal('0'))])),
                        ('opens_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='opens')),
                        ('closes_at', models.DateTimeField(blank=True, null=True, verbose_name='closes')),
                        ('active', models.BooleanField(default=True, help_text='Switch off to end the offer at once.')),
                        ('created', models.DateTimeField(auto_now_add=True)),
                    ],
                    options={
                        'db_table': 'portal_offer',
                        'ordering': ['-opens_at'],
                        'constraints': [models.CheckConstraint(condition=models.Q(('places_taken__lte', models.F('places'))), name='offer_places_not_overbooked')],
                    },
                ),
                migrations.CreateModel(
                    name='Enrolment',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=100)),
                        ('email', models.EmailField(max_length=254)),
                        ('phone', models.CharField(blank=True, max_length=30)),
                        ('help_with', models.TextField(max_length=2000, verbose_name='what they would like help with')),
                        ('service', models.CharField(choices=[('coaching', 'Coaching'), ('counselling', 'Counselling'), ('not-sure', 'Not sure yet')], max_length=20)),
                        ('preferred_times', models.JSONField(blank=True, default=list)),
                        ('consent_text', models.TextField(editable=False)),
                        ('place', models.PositiveSmallIntegerField(blank=True, editable=False, null=True)),
                        ('price', models.DecimalField(decimal_places=2, editable=False, max_digits=8, validators=[django.core.validators.MinValueValidator(Decimal('0'))])),
                        ('status', models.CharField(choices=[('new', 'New'), ('contacted', 'Contacted'), ('accepted', 'Accepted'), ('declined', 'Declined')], default='new', max_length=20)),
                        ('created', models.DateTimeField(auto_now_add=True)),
                        ('updated', models.DateTimeField(auto_now=True)),
                        ('offer', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='enrolments', to='enrolment.offer')),
                    ],
                    options={
                        'db_table': 'portal_enrolment',
                        'ordering': ['-created'],
                        'constraints': [models.UniqueConstraint(condition=models.Q(('offer__isnull', False)), fields=('offer', 'email'), name='one_enrolment_per_email_per_offer'), models.UniqueConstraint(condition=models.Q(('place__isnull', False)), fields=('offer', 'place'), name='one_enrolment_per_place')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            move_content_types("portal", "enrolment"), move_content_types("enrolment", "portal")
        ),
    ]
