"""Offers, enrolments and the enrol page now belong to the enrolment app (its 0001): the
portal's state lets go of them and its invitations point there. No table changes."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('enrolment', '0001_initial'),
        ('portal', '0009_bind_mfa_secrets'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='enrolment',
                    name='offer',
                ),
                migrations.AlterField(
                    model_name='invitation',
                    name='enrolment',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='invitations', to='enrolment.enrolment'),
                ),
                migrations.RemoveField(
                    model_name='enrolpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='enrolpage',
                    name='privacy_page',
                ),
                migrations.DeleteModel(
                    name='Offer',
                ),
                migrations.DeleteModel(
                    name='Enrolment',
                ),
                migrations.DeleteModel(
                    name='EnrolPage',
                ),
            ],
            database_operations=[],
        ),
    ]
