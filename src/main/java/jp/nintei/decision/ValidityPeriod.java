package jp.nintei.decision;

import java.time.LocalDate;

/** 認定有効期間: both days included. */
public record ValidityPeriod(LocalDate from, LocalDate to) {
}
