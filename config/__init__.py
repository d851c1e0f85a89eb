"""Settings and data manifests: everything an operator may change lives here."""
