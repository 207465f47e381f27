package jp.nintei.web;

/** One reason an intake was refused: the field it concerns (or null) and a message for staff. */
public record Violation(String field, String message) {
}
