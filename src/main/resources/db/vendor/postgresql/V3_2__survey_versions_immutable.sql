-- PostgreSQL only: a submitted survey version is never rewritten or removed; a correction is a new version.
create trigger survey_version_append_only before update or delete on survey_version
    for each row execute function nintei_forbid_change();
