"""Amounts as people read them: "£17.50", not "17.50 · GBP"."""

from decimal import Decimal

SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}


def money(amount, currency):
    """The amount with its currency's symbol, or after its code where it has none we use."""
    number = f"{Decimal(amount):,.2f}"
    symbol = SYMBOLS.get(currency.upper())
    return f"{symbol}{number}" if symbol else f"{number} {currency.upper()}"
