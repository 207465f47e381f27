package jp.nintei.caremanager;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;
import jp.nintei.insured.InsuredPerson;

interface CarePlanNotificationRepository extends JpaRepository<CarePlanNotification, Long> {

    List<CarePlanNotification> findByInsuredPersonOrderByStartDateDescIdDesc(InsuredPerson person);

    List<CarePlanNotification> findByOfficeNumberAndInsuredPersonOrderByStartDateDescIdDesc(String officeNumber,
            InsuredPerson person);

    @Query("""
            select n from CarePlanNotification n join fetch n.insuredPerson
            where n.officeNumber = ?1 order by n.startDate desc, n.id desc""")
    List<CarePlanNotification> findByOffice(String officeNumber);

    /** Serialises filings for the same person, so two offices cannot both become the current one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from InsuredPerson p where p = ?1")
    InsuredPerson lockPerson(InsuredPerson person);
}
