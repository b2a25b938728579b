"""Database layer: engine and pragmas, ORM models, bundled migrations."""
