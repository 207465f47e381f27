-- PostgreSQL only: the history and audit tables refuse UPDATE and DELETE, so that even a
-- bug or a hand-written statement cannot rewrite who did or read what.
create function nintei_forbid_change() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only', tg_table_name;
end
$$;

create trigger case_event_append_only before update or delete on case_event
    for each row execute function nintei_forbid_change();

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function nintei_forbid_change();
