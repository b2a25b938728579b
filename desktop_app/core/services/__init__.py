"""Services: the only code that writes. One unit of work per call, audited."""
