package jp.nintei.notification;

import java.util.List;
import java.util.Map;

import jp.nintei.insured.Insurer;
import jp.nintei.insured.InsuredPerson;

/**
 * What a composer says a notice contains: who it concerns, its title, the kind-specific model
 * for the template (strings, numbers, lists and maps only, so it survives a JSON round trip) and
 * the lines Tasklist shows the approver.
 */
record NoticeContent(String caseId, InsuredPerson person, String title, String fileName, Map<String, Object> notice,
        List<String> summary) {

    Insurer insurer() {
        return person.getInsurer();
    }

    Addressee defaultAddressee() {
        return new Addressee(person.getName(), person.getPostalCode(), person.getAddress());
    }
}
