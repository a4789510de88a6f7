"""Contact-form emails, sent in the background."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django_tasks import task
from wagtail.contrib.forms.models import FormSubmission

from core.emails import absolute_url, send_email

from .models import ContactPage, SiteSettings


def sender_email(page, data):
    """The address the sender typed into the form's email field, if any."""
    for field in page.form_fields.all():
        if field.field_type == "email" and data.get(field.clean_name):
            try:
                validate_email(data[field.clean_name])
            except ValidationError:
                continue
            return data[field.clean_name]
    return None


@task()
def send_contact_emails(submission_id):
    """Email the message to the practice (reply-to the sender) and thank the sender."""
    submission = FormSubmission.objects.get(pk=submission_id)
    page = ContactPage.objects.get(pk=submission.page_id)
    site_settings = SiteSettings.load()
    data = submission.get_data()
    labels = {field.clean_name: field.label for field in page.form_fields.all()}
    answers = [(labels.get(name, name), value) for name, value in data.items() if name in labels]
    sender = sender_email(page, data)
    text = " ".join(str(value) for _, value in answers)
    urgent = site_settings.mentions_care_keywords(text)
    recipients = [a.strip() for a in (page.to_address or "").split(",") if a.strip()]
    send_email(
        "home/email/contact_owner",
        recipients or [site_settings.contact_email],
        {
            "page": page,
            "answers": answers,
            "urgent": urgent,
            "subject": page.subject or "New message from the website",
            "submissions_url": absolute_url(f"/admin/forms/submissions/{page.pk}/"),
        },
        reply_to=[sender] if sender else None,
        from_email=page.from_address,
    )
    if sender:
        send_email(
            "home/email/contact_acknowledgement",
            sender,
            {"page": page, "urgent": urgent, "crisis_support": site_settings.crisis_support},
        )
