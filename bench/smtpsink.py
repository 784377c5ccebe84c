"""A small SMTP server on loopback that keeps what it is sent, for the soak
run (bench/soak.py): it can be stopped (connections refused) and started again
on the same port. Speaks just enough SMTP for Django's SMTP backend."""

import contextlib
import socket
import threading
import time


class SmtpSink:
    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.lock = threading.Lock()
        self.messages = []  # (recipients, Message-ID), one per accepted message
        self.listener = None
        # Seconds a message takes, half before it is handed over and half
        # before it is acknowledged: a slow mail server, so that a worker
        # killed mid-run is likely killed mid-send, at either point.
        self.delay = 0.0

    def start(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self):
        if self.listener:
            # shutdown, not only close: close alone leaves the socket
            # listening while the accepting thread still holds it.
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None

    def recipients(self, containing=""):
        with self.lock:
            return [r for message, _ in self.messages for r in message if containing in r]

    def distinct(self, containing=""):
        """(recipient, Message-ID) pairs: a message sent again with the
        same Message-ID is one message to the reader's mail client."""
        with self.lock:
            return {
                (r, message_id)
                for message, message_id in self.messages
                for r in message
                if containing in r
            }

    def _accept(self, listener):
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return  # stopped
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection):
        with connection, connection.makefile("rb") as lines:

            def say(text):
                connection.sendall(text.encode() + b"\r\n")

            say("220 soak sink")
            recipients = []
            try:
                for raw in lines:
                    command = raw.decode("utf-8", "replace").strip()
                    verb = command[:4].upper()
                    if verb == "EHLO":
                        say("250-soak\r\n250 8BITMIME")
                    elif verb == "RCPT":
                        recipients.append(command.split(":", 1)[1].strip(" <>").lower())
                        say("250 ok")
                    elif verb == "DATA":
                        time.sleep(self.delay / 2)
                        say("354 go on")
                        message_id = None
                        for body in lines:
                            if body in (b".\r\n", b".\n"):
                                break
                            if message_id is None and body.lower().startswith(b"message-id:"):
                                message_id = body.split(b":", 1)[1].strip().decode()
                        with self.lock:
                            self.messages.append((recipients, message_id))
                        recipients = []
                        time.sleep(self.delay / 2)
                        say("250 kept")
                    elif verb == "QUIT":
                        say("221 bye")
                        return
                    else:  # HELO, MAIL, RSET, NOOP
                        say("250 ok")
            except OSError:
                return
