package jp.nintei.application;

import java.time.LocalDate;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** Case ids such as 2026-000123: the year of receipt and a number from a database sequence. */
@Component
class CaseNumbers {

    private final EntityManager entityManager;
    private final String nextValueSql;

    CaseNumbers(EntityManager entityManager, EntityManagerFactory factory) {
        this.entityManager = entityManager;
        // Sequence syntax differs between PostgreSQL and H2; the dialect knows both.
        this.nextValueSql = factory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                .getSequenceSupport().getSequenceNextValString("case_number_seq");
    }

    String next(LocalDate receivedDate) {
        Number value = (Number) entityManager.createNativeQuery(nextValueSql).getSingleResult();
        return "%d-%06d".formatted(receivedDate.getYear(), value.longValue());
    }
}
