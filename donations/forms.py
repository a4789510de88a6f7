"""The donation form: an amount the page allows, and what the donor wants to share."""

from decimal import Decimal, InvalidOperation

from django import forms

OTHER = "other"


class DonationForm(forms.Form):
    amount = forms.ChoiceField(label="Amount", widget=forms.RadioSelect, required=False)
    other_amount = forms.CharField(
        label="Another amount (£)",
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    donor_name = forms.CharField(label="Your name (optional)", max_length=100, required=False)
    donor_email = forms.EmailField(
        label="Your email (optional)",
        required=False,
        help_text="Only to send you a thank-you and a receipt.",
    )
    donor_message = forms.CharField(
        label="A message (optional)",
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    show_name = forms.BooleanField(label="Show my name as a supporter", required=False)

    def __init__(self, *args, page, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["amount"].choices = [
            *[(str(amount), f"£{amount:,.0f}") for amount in page.presets()],
            (OTHER, "Another amount"),
        ]

    def clean(self):
        cleaned = super().clean()
        choice = cleaned.get("amount")
        raw = cleaned.get("other_amount", "").strip().lstrip("£").replace(",", "")
        if choice and choice != OTHER:
            raw = choice
        if not raw:
            raise forms.ValidationError(
                "Choose an amount, or type the amount you would like to give."
            )
        try:
            amount = Decimal(raw)
        except InvalidOperation:
            self.add_error("other_amount", "Please type an amount in pounds, such as 15 or 7.50.")
            return cleaned
        low, high = self.page.minimum_amount, self.page.maximum_amount
        if not amount.is_finite() or amount <= 0:
            self.add_error("other_amount", "Please type an amount greater than zero.")
        elif amount > high:  # checked before rounding, which fails on huge numbers
            self.add_error(
                "other_amount",
                f"Online donations go up to £{high:,.2f}. For more, please get in touch.",
            )
        elif amount < low:
            self.add_error("other_amount", f"The smallest donation we can take is £{low:,.2f}.")
        elif amount != amount.quantize(Decimal("0.01")):
            self.add_error("other_amount", "Please use pounds and pence, at most two decimals.")
        else:
            cleaned["total"] = amount
        if cleaned.get("show_name") and not cleaned.get("donor_name", "").strip():
            self.add_error("donor_name", "Add your name to be shown as a supporter.")
        return cleaned
