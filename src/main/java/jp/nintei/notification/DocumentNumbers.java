package jp.nintei.notification;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.insured.Insurer;

/**
 * 文書番号 (e.g. さ介第123号): numbered per insurer and fiscal year (年度, from April), as a
 * municipality's 文書管理 numbers its outgoing letters. The first two letters of a new year race
 * to create the counter; the loser's transaction fails on the primary key and its job retries.
 */
@Service
class DocumentNumbers {

    private final DocumentNumberCounterRepository counters;

    DocumentNumbers(DocumentNumberCounterRepository counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Insurer insurer, String prefix, LocalDate date) {
        var key = new DocumentNumberCounter.Key(insurer.getId(), fiscalYear(date));
        DocumentNumberCounter counter = counters.lock(key).orElseGet(() -> counters.save(new DocumentNumberCounter(key)));
        return prefix + "第" + counter.next() + "号";
    }

    static int fiscalYear(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }
}
