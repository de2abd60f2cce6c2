"""Cross-account key graph (shared infrastructure, payment, sign-up, templates, timing) and
Leiden communities that become candidate campaigns."""
