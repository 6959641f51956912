"""The brand console: session store, presentation helpers, Jinja2 templates and vendored static assets."""
