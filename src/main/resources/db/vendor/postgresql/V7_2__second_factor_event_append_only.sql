-- PostgreSQL only: the second-factor event log refuses UPDATE and DELETE, like the audit log.
create trigger second_factor_event_append_only before update or delete on second_factor_event
    for each row execute function nintei_forbid_change();
