"""API resources: ``client.chat.completions``."""
