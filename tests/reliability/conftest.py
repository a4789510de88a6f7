"""A real SMTP server on 127.0.0.1 (aiosmtpd) that the tests stop and start."""

import socket
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller


class Inbox:
    """aiosmtpd's handler: keeps every message it accepts, in order."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"


class SMTPServer:
    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_server(settings):
    """Mail through the outbox to a real SMTP server, which starts stopped."""
    server = SMTPServer()
    settings.EMAIL_BACKEND = "core.outbox.OutboxBackend"
    settings.MAILER_EMAIL_BACKEND = "core.outbox.SMTPBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 5
    yield server
    server.stop()
