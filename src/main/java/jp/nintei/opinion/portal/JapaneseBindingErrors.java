package jp.nintei.opinion.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/** A value the form cannot hold (letters in 身長, an impossible date) gets a Japanese message at its field. */
class JapaneseBindingErrors extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
        String field = e.getPropertyName();
        Class<?> type = e instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null;
        String message;
        if (type == LocalDate.class) {
            message = "日付は年-月-日（例: 2026-01-31）の形式で入力してください";
        } else if (type == BigDecimal.class) {
            message = "半角の数値で入力してください";
        } else if (type != null && type.isEnum()) {
            message = "選択肢から選んでください";
        } else {
            message = "入力内容を読み取れませんでした";
        }
        result.addError(new FieldError(result.getObjectName(), field, e.getValue() == null ? null : e.getValue().toString(),
                true, result.resolveMessageCodes("typeMismatch", field), null, message));
    }
}
