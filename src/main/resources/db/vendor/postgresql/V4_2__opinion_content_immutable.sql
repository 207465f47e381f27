-- PostgreSQL only: a submitted opinion is never rewritten; staff may only record their check.
-- A correction by the physician is the next version, not an update.
create function nintei_opinion_content_fixed() returns trigger language plpgsql as $$
begin
    if new.content is distinct from old.content
            or new.case_id is distinct from old.case_id
            or new.version is distinct from old.version
            or new.submission_key is distinct from old.submission_key
            or new.physician_name is distinct from old.physician_name
            or new.dementia_level is distinct from old.dementia_level
            or new.bedridden_level is distinct from old.bedridden_level
            or new.consent_to_share is distinct from old.consent_to_share
            or new.received_date is distinct from old.received_date then
        raise exception 'physician_opinion %: submitted content cannot change', old.id;
    end if;
    return new;
end
$$;

create trigger physician_opinion_content_fixed before update on physician_opinion
    for each row execute function nintei_opinion_content_fixed();

create trigger physician_opinion_no_delete before delete on physician_opinion
    for each row execute function nintei_forbid_change();

create trigger opinion_reminder_append_only before update or delete on opinion_reminder
    for each row execute function nintei_forbid_change();
