"""The contact form: fields the owner builds in the admin, plus the public-form defences."""

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from core.forms import DefendedForm


class ContactForm(DefendedForm, BaseForm):
    what = "message"
    limits = "CONTACT"


class ContactFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("ContactForm", (ContactForm,), self.formfields)
