package jp.nintei.office;

import java.time.LocalDate;

import jp.nintei.insured.InsuredPerson;

/**
 * One way an office can be serving a person: it filed an application for them (代理申請), it
 * makes their care plan (居宅サービス計画作成依頼届出), they live in its facility. Features that
 * know such a relation implement this; {@link OfficeClients} asks all of them.
 */
public interface ClientRelationSource {

    /** A short Japanese description of the relation when it exists on that day, else null. */
    String relation(String officeNumber, InsuredPerson person, LocalDate on);
}
