package jp.nintei.survey;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.nintei.application.ApplicationType;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.Office;
import jp.nintei.office.OfficeClients;

/**
 * Who may survey whom (DESIGN.md §3.2), in one place:
 * <ul>
 * <li>Only renewals (更新, 介護保険法28条5項) may be entrusted to care-plan offices, facilities or
 * 地域包括支援センター. 新規 (27条2項) — and 区分変更 and 職権, which apply 27条 (29条2項, 30条2項) — go
 * to the municipality or a 指定市町村事務受託法人 only.</li>
 * <li>No office surveys its own clients (OfficeClients knows every such relation).</li>
 * </ul>
 */
@Component
class SurveyAssignmentRules {

    private final OfficeClients clients;

    SurveyAssignmentRules(OfficeClients clients) {
        this.clients = clients;
    }

    /** Why the office may not survey this person for this application, or empty when it may. */
    Optional<String> refusal(ApplicationType type, Office office, InsuredPerson person, LocalDate on) {
        if (type != ApplicationType.RENEWAL && !office.getKind().mayDoNewSurveys()) {
            return Optional.of(office.getName() + "は" + office.getKind().label() + "のため、" + type.label()
                    + "の認定調査は依頼できません（市町村の職員または指定市町村事務受託法人に依頼してください）");
        }
        return clients.relation(office.getOfficeNumber(), person, on)
                .map(relation -> office.getName() + "は調査対象者の関係事業所（" + relation + "）のため、認定調査は依頼できません");
    }
}
