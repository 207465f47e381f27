package jp.nintei.insured;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    @Query("""
            select c from Certificate c
            where c.insuredPerson = :person and c.validFrom <= :date and c.validTo >= :date
            order by c.validFrom desc, c.id desc""")
    List<Certificate> findCovering(InsuredPerson person, LocalDate date);

    /** The certification in force on a date; a later one (区分変更) supersedes an earlier one. */
    default Optional<Certificate> findCurrent(InsuredPerson person, LocalDate date) {
        return findCovering(person, date).stream().findFirst();
    }

    List<Certificate> findByInsuredPersonOrderByValidFromDesc(InsuredPerson person);
}
