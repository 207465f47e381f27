-- PostgreSQL only: what a notice draft printed (its PDF, the model behind it, the hash) is never
-- rewritten; only its workflow columns (status, review, issued document) change.
create function nintei_notice_draft_content_fixed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'notice_draft rows are never deleted';
    end if;
    if new.content is distinct from old.content or new.model_json is distinct from old.model_json
            or new.sha256 is distinct from old.sha256 or new.kind is distinct from old.kind
            or new.doc_key is distinct from old.doc_key or new.revision is distinct from old.revision then
        raise exception 'the content of notice draft % is immutable', old.id;
    end if;
    return new;
end
$$;

create trigger notice_draft_content_fixed before update or delete on notice_draft
    for each row execute function nintei_notice_draft_content_fixed();
