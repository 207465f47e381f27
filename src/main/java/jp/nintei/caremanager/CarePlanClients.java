package jp.nintei.caremanager;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.ClientRelationSource;

/**
 * An office with a 居宅サービス計画作成依頼届出 in force for the person serves that person: its
 * surveyors may not survey them and its board members are recused (office.OfficeClients).
 */
@Component
class CarePlanClients implements ClientRelationSource {

    private final CarePlanNotificationRepository notifications;

    CarePlanClients(CarePlanNotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public String relation(String officeNumber, InsuredPerson person, LocalDate on) {
        return notifications.findByOfficeNumberAndInsuredPersonOrderByStartDateDescIdDesc(officeNumber, person).stream()
                .filter(n -> n.covers(on))
                .findFirst()
                .map(n -> "居宅サービス計画作成依頼届出（" + n.getStartDate() + "〜）の事業所")
                .orElse(null);
    }
}
