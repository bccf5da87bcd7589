"""The store's tables: one row per document, and its extracted rows keyed by sha256.

Column names follow the JSON contracts in shared/contracts (extract and check), flattened
for SQL: an indicator's target {text, value, unit, parts} becomes target_text,
target_value, target_unit and target_json (the whole quantity, parts included). `ord`
keeps document order. `cells`/`evidence` hold where each value was printed, as JSON, so
a cross-year finding can point at the page and box of both reports.
"""

from __future__ import annotations

SCHEMA_VERSION = 2  # 2: documents.path/version/latest and the *_latest views (1 is upgraded in place)

# table → [(column, SQL type)]; the order is the column order of every INSERT.
TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("sha256", "VARCHAR PRIMARY KEY"),
        ("file", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("status", "VARCHAR"),
        ("error_code", "VARCHAR"),
        ("error_message", "VARCHAR"),
        ("pages", "INTEGER"),
        ("agency", "VARCHAR"),
        ("region", "VARCHAR"),
        ("year", "INTEGER"),
        ("number_style", "VARCHAR"),
        ("warnings", "JSON"),
        ("ingested_at", "TIMESTAMP"),
        ("lkjip_version", "VARCHAR"),
        # Versions: one file (its absolute path) read at different contents. `latest` marks
        # the content last seen at the path; older versions stay, with latest = false.
        ("path", "VARCHAR"),
        ("version", "INTEGER"),
        ("latest", "BOOLEAN"),
    ],
    "budget": [
        ("sha256", "VARCHAR"),
        ("ord", "INTEGER"),
        ("page", "INTEGER"),
        ("table_id", "VARCHAR"),
        ("table_kind", "VARCHAR"),
        ("row_index", "INTEGER"),
        ("level", "VARCHAR"),
        ("code", "VARCHAR"),
        ("name", "VARCHAR"),
        ("anggaran", "DOUBLE"),
        ("realisasi", "DOUBLE"),
        ("persen", "DOUBLE"),
        ("sisa", "DOUBLE"),
        ("parent", "INTEGER"),
        ("cells", "JSON"),
    ],
    "indicators": [
        ("sha256", "VARCHAR"),
        ("ord", "INTEGER"),
        ("page", "INTEGER"),
        ("table_id", "VARCHAR"),
        ("table_kind", "VARCHAR"),
        ("row_index", "INTEGER"),
        ("sasaran", "VARCHAR"),
        ("indikator", "VARCHAR"),
        ("year", "INTEGER"),
        ("target_text", "VARCHAR"),
        ("target_value", "DOUBLE"),
        ("target_unit", "VARCHAR"),
        ("target_json", "JSON"),
        ("realisasi_text", "VARCHAR"),
        ("realisasi_value", "DOUBLE"),
        ("realisasi_unit", "VARCHAR"),
        ("realisasi_json", "JSON"),
        ("capaian", "DOUBLE"),
        ("capaian_text", "VARCHAR"),
        ("formula", "VARCHAR"),
        ("realisasi_by_year", "JSON"),
        ("target_by_year", "JSON"),
        ("cells", "JSON"),
    ],
    "amounts": [
        ("sha256", "VARCHAR"),
        ("ord", "INTEGER"),
        ("page", "INTEGER"),
        ("text", "VARCHAR"),
        ("value", "DOUBLE"),
        ("kind", "VARCHAR"),
        ("words", "VARCHAR"),
        ("words_value", "DOUBLE"),
        ("context", "VARCHAR"),
        ("cell", "JSON"),
        ("words_cell", "JSON"),
    ],
    "findings": [
        ("sha256", "VARCHAR"),
        ("ord", "INTEGER"),
        ("rule", "VARCHAR"),
        ("severity", "VARCHAR"),
        ("title_en", "VARCHAR"),
        ("title_id", "VARCHAR"),
        ("message_en", "VARCHAR"),
        ("message_id", "VARCHAR"),
        ("page", "INTEGER"),
        ("doubtful", "BOOLEAN"),
        ("evidence", "JSON"),
    ],
}

CHILD_TABLES = ("budget", "indicators", "amounts", "findings")
# Columns added since schema 1, added to an older store when it is opened for writing.
ADDED_COLUMNS = {"documents": ["path", "version", "latest"]}
# Error codes of a moment, not of the file: retried by the next ingest. Every other code
# (corrupt, encrypted, empty, not-a-pdf, too-large …) is permanent: kept unless --retry-failed.
# (`not-found`/`unreadable` are keyed by path, not content: a file that appears or becomes
# readable gets a content key of its own and is read then.)
TRANSIENT_ERRORS = frozenset({"timeout", "crashed", "worker-crashed", "interrupted", "internal-error"})


def columns(table: str) -> list[str]:
    return [name for name, _ in TABLES[table]]


def ddl() -> list[str]:
    statements = [
        "CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR)",
    ]
    for table, cols in TABLES.items():
        body = ", ".join(f"{name} {sql_type}" for name, sql_type in cols)
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    return statements


def views() -> list[str]:
    """`documents_latest` and `<table>_latest`: the latest version of every file, what the
    README's queries, the cross-year rules and `lkjip export` use."""
    out = ["CREATE OR REPLACE VIEW documents_latest AS SELECT * FROM documents WHERE latest IS NOT FALSE"]
    for table in CHILD_TABLES:
        out.append(f"CREATE OR REPLACE VIEW {table}_latest AS SELECT t.* FROM {table} t "
                   "WHERE t.sha256 IN (SELECT sha256 FROM documents_latest)")
    return out
