package jp.nintei.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.VariableScope;

import jp.nintei.web.InvalidInputException;

/**
 * Reads form values from a task or execution. Tasklist's Camunda Forms send strings, numbers and
 * booleans; a value that cannot be read becomes a Japanese message shown next to the form.
 */
public final class Variables {

    private Variables() {
    }

    public static String caseId(VariableScope scope) {
        return requiredString(scope, CaseVariables.CASE_ID, "案件番号");
    }

    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }

    public static String requiredString(VariableScope scope, String name, String label) {
        String value = string(scope, name);
        if (value == null) {
            throw new InvalidInputException(name, label + "を入力してください");
        }
        return value;
    }

    public static LocalDate date(VariableScope scope, String name, String label) {
        String value = string(scope, name);
        if (value == null) {
            return null;
        }
        try {
            // form-js date fields submit ISO dates; a datetime value keeps its date part.
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, label + "は年-月-日の形式で入力してください");
        }
    }

    public static LocalDate requiredDate(VariableScope scope, String name, String label) {
        LocalDate value = date(scope, name, label);
        if (value == null) {
            throw new InvalidInputException(name, label + "を入力してください");
        }
        return value;
    }

    public static BigDecimal decimal(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, label + "は数値で入力してください");
        }
    }

    public static Integer integer(VariableScope scope, String name, String label) {
        BigDecimal value = decimal(scope, name, label);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(name, label + "は整数で入力してください");
        }
    }

    public static boolean bool(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    public static <E extends Enum<E>> E enumValue(VariableScope scope, String name, Class<E> type, String label) {
        String value = string(scope, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, label + "の値が正しくありません");
        }
    }
}
