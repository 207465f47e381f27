-- PostgreSQL only: the public status history is append-only like the case history.
create trigger case_progress_append_only before update or delete on case_progress
    for each row execute function nintei_forbid_change();
