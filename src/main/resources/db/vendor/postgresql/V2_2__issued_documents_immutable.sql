-- PostgreSQL only: an issued document is never rewritten or removed; corrections are new versions.
create trigger issued_document_append_only before update or delete on issued_document
    for each row execute function nintei_forbid_change();
