package jp.nintei.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.support.TestData;

/** Test insured persons with a postal address, and the test insurer's letterhead. */
@Component
class NoticeFixtures {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final TestData data;
    private final InsuredPersonRepository persons;
    private final Letterheads letterheads;

    NoticeFixtures(TestData data, InsuredPersonRepository persons, Letterheads letterheads) {
        this.data = data;
        this.persons = persons;
        this.letterheads = letterheads;
    }

    @Transactional
    InsuredPerson resident(LocalDate on) {
        InsuredPerson person = data.elderly(on);
        person.updateContact("100-0001", "テスト市本町1-1", "03-0000-0000");
        return persons.save(person);
    }

    void letterhead() {
        data.insurer();
        letterheads.save(TestData.INSURER_NUMBER, new LetterheadRequest("テスト市長　試験 一郎", "健康福祉部 介護保険課 認定係",
                "100-0001", "テスト市役所1-1-1", "03-1234-5678", "テ介", "東京都介護保険審査会", "テスト市", "テスト市長"));
    }

    static void setDate(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(9, 0).atZone(TOKYO).toInstant()));
    }

    static Date startOf(LocalDate date) {
        return Date.from(date.atStartOfDay(TOKYO).toInstant());
    }
}
