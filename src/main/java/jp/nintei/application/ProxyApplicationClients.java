package jp.nintei.application;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.ClientRelationSource;

/** An office that filed a 代理申請 for the person within the past year serves that person. */
@Component
class ProxyApplicationClients implements ClientRelationSource {

    static final int LOOKBACK_MONTHS = 12;

    private final CertificationApplicationRepository applications;

    ProxyApplicationClients(CertificationApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public String relation(String officeNumber, InsuredPerson person, LocalDate on) {
        return applications.findProxyApplications(person, officeNumber, on.minusMonths(LOOKBACK_MONTHS), on).stream()
                .findFirst()
                .map(a -> "代理申請（" + a.getCaseId() + "）を提出した事業所")
                .orElse(null);
    }
}
