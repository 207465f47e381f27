package jp.nintei.insured;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** 第1号 (65+) or 第2号 (40–64) 被保険者; derived from age on a date, never stored. */
public enum InsuranceCategory {
    FIRST("第1号被保険者"),
    SECOND("第2号被保険者");

    private final String label;

    InsuranceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Empty below 40: such a person is not insured by 介護保険 at all. */
    public static Optional<InsuranceCategory> of(LocalDate birthDate, LocalDate on) {
        int age = ageOn(birthDate, on);
        if (age >= 65) {
            return Optional.of(FIRST);
        }
        return age >= 40 ? Optional.of(SECOND) : Optional.empty();
    }

    public static int ageOn(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }
}
