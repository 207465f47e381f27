package jp.nintei.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;
import jp.nintei.insured.InsuredPerson;

public interface CertificationApplicationRepository extends JpaRepository<CertificationApplication, String> {

    boolean existsByInsuredPersonAndStateIn(InsuredPerson person, Collection<ApplicationState> states);

    @Query("select a from CertificationApplication a join fetch a.insuredPerson order by a.receivedDate desc, a.caseId desc")
    List<CertificationApplication> findRecent(Pageable page);

    @Query("""
            select a from CertificationApplication a
            where a.insuredPerson = ?1 and a.proxyOfficeNumber = ?2 and a.receivedDate between ?3 and ?4
            order by a.receivedDate desc""")
    List<CertificationApplication> findProxyApplications(InsuredPerson person, String officeNumber, LocalDate from,
            LocalDate to);

    /** Serialises intakes of the same person so that two clerks cannot open two cases at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from InsuredPerson p where p = :person")
    InsuredPerson lockPerson(InsuredPerson person);
}
