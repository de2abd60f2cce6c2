"""The live service: ingest events as they happen, re-score on a cadence, answer /v1/check.

See docs/SERVICE.md. Entry points: :func:`distillwatch.serve.app.create_app`,
:class:`distillwatch.serve.service.Service`, ``distillwatch serve``.
"""
