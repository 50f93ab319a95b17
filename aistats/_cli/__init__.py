"""The ``aistats`` command: thin commands over the public client. No decision here that the
client does not make itself."""
