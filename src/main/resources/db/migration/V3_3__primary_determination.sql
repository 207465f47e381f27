-- 一次判定 (issue 3): the full result of the 認定ソフト — the nine times, the 中間評価項目 scores of
-- groups 1–5, 警告コード, 状態の安定性, 認知症自立度Ⅱ以上の蓋然性, the four 自立度 it was computed with —
-- how it arrived (bridge or keyed in), and the survey version it was based on.
alter table primary_determination add column meal_minutes                numeric(4,1);
alter table primary_determination add column excretion_minutes           numeric(4,1);
alter table primary_determination add column movement_minutes            numeric(4,1);
alter table primary_determination add column hygiene_minutes             numeric(4,1);
alter table primary_determination add column indirect_care_minutes       numeric(4,1);
alter table primary_determination add column bpsd_minutes                numeric(4,1);
alter table primary_determination add column functional_training_minutes numeric(4,1);
alter table primary_determination add column medical_minutes             numeric(4,1);
alter table primary_determination add column dementia_addition_minutes   numeric(4,1);
alter table primary_determination add column group_score_1               numeric(4,1);
alter table primary_determination add column group_score_2               numeric(4,1);
alter table primary_determination add column group_score_3               numeric(4,1);
alter table primary_determination add column group_score_4               numeric(4,1);
alter table primary_determination add column group_score_5               numeric(4,1);
alter table primary_determination add column warning_codes               varchar(400);
alter table primary_determination add column stability                  varchar(10);
alter table primary_determination add column dementia_probability       numeric(4,1);
alter table primary_determination add column survey_bedridden_level      varchar(20);
alter table primary_determination add column survey_dementia_level       varchar(20);
alter table primary_determination add column opinion_bedridden_level     varchar(20);
alter table primary_determination add column opinion_dementia_level      varchar(20);
alter table primary_determination add column rule_basis                  varchar(200);
alter table primary_determination add column source                     varchar(20);
alter table primary_determination add column survey_version              int;
