"""A text field stored encrypted, bound to its row and field (see crypto.py)."""

import uuid

from django.db import models
from django.db.models.query_utils import DeferredAttribute

from . import crypto


class Sealed:
    """A value as it came from the database, opened only through its model instance.

    It refuses to become text, so ciphertext can never be shown as if it were the value.
    """

    __slots__ = ("token",)

    def __init__(self, token):
        self.token = token

    def __str__(self):
        raise crypto.DecryptionError("Read encrypted fields through their model instance.")

    __repr__ = object.__repr__


class EncryptedAttribute(DeferredAttribute):
    """Opens the stored value on first read. A data descriptor (it has __set__), so reads
    always pass through here rather than straight to the instance's __dict__."""

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        attname = self.field.attname
        value = (
            instance.__dict__[attname]
            if attname in instance.__dict__
            else super().__get__(instance, cls)
        )
        if isinstance(value, Sealed):
            value = crypto.decrypt(value.token, self.field.associated_data(instance))
            instance.__dict__[attname] = value
        return value

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = value


class EncryptedTextField(models.TextField):
    """Free text that clients and coaches write: stored as AES-256-GCM ciphertext.

    Cannot be searched or filtered in SQL; the portal searches a person's own rows after
    reading them. The model's primary key must exist before saving (use PrivateModel), and
    a row cannot be copied by changing its key: its values are bound to the old one.
    """

    descriptor_class = EncryptedAttribute

    def from_db_value(self, value, expression, connection):
        return value if value in (None, "") else Sealed(value)

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if value in (None, ""):
            return value
        return crypto.encrypt(str(value), self.associated_data(model_instance))

    def get_db_prep_save(self, value, connection):
        """Only ciphertext reaches the database: `QuerySet.update()` and `bulk_update()`
        skip pre_save, so plain text arriving here is refused rather than stored."""
        if value not in (None, "") and crypto.key_id_of(str(value)) is None:
            raise ValueError(f"{self.name} is encrypted: save it through its model instance.")
        return super().get_db_prep_save(value, connection)

    def associated_data(self, instance):
        return f"{self.model._meta.label_lower}.{self.name}:{instance.pk}"

    def stored_token(self, instance):
        """The ciphertext as stored, for key rotation; None when the value was set here."""
        value = instance.__dict__.get(self.attname)
        return value.token if isinstance(value, Sealed) else None


class PrivateModel(models.Model):
    """Base for portal rows holding encrypted text: the key is known before the first save,
    so the ciphertext can be bound to it, and it cannot be guessed from a URL."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)

    class Meta:
        abstract = True

    @classmethod
    def encrypted_fields(cls):
        return [f for f in cls._meta.concrete_fields if isinstance(f, EncryptedTextField)]
