package jp.nintei.web;

import java.net.URI;
import java.util.List;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jp.nintei.application.IntakeRejectedException;

/**
 * RFC 7807 problem JSON for every API error, with Japanese titles and field-level messages.
 * Spring's own exceptions (wrong method, media type, size…) keep their status via the base class
 * and get Japanese text. Errors before any controller (no such path, a body over the limit
 * before the handler is known) are answered by {@link ApiErrorController} in the same form.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String TYPE_PREFIX = "https://nintei.example.jp/problems/";

    @ExceptionHandler(IntakeRejectedException.class)
    ProblemDetail intakeRejected(IntakeRejectedException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "intake-rejected", "申請を受け付けられません",
                e.getMessage(), e.violations());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "入力内容に誤りがあります", e.getMessage(), e.violations());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "見つかりません", e.getMessage(), List.of());
    }

    @ExceptionHandler(StateConflictException.class)
    ProblemDetail conflict(StateConflictException e) {
        return problem(HttpStatus.CONFLICT, "state-conflict", "現在の状態では実行できません", e.getMessage(), List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "他の操作と競合しました",
                "同じ案件が同時に更新されました。画面を更新してからもう一度お試しください", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Violation(f.getField(), f.getDefaultMessage()))
                .toList();
        String detail = String.join(" / ", violations.stream().map(Violation::message).toList());
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "invalid-input", "入力内容に誤りがあります", detail, violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimitFilter.isTooLarge(e)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiProblems.of(HttpStatus.PAYLOAD_TOO_LARGE));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request",
                "リクエストの形式が正しくありません",
                "JSONの構文、または日付・区分などの値の形式が正しくありません", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String detail = "「" + name + "」の値「" + e.getValue() + "」の形式が正しくありません";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "入力内容に誤りがあります", detail, List.of(new Violation(name, detail))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "「" + e.getParameterName() + "」を指定してください";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "入力内容に誤りがあります", detail, List.of(new Violation(e.getParameterName(), detail))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpHeaders accept = new HttpHeaders();
        accept.putAll(e.getHeaders());
        String given = e.getContentType() == null ? "（指定なし）" : e.getContentType().toString();
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(accept)
                .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "対応していないデータ形式です",
                        "Content-Type " + given + " には対応していません。application/json で送信してください", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiProblems.of(HttpStatus.PAYLOAD_TOO_LARGE));
    }

    /**
     * Every other Spring MVC exception (wrong method, not acceptable, missing header…) keeps the
     * status the base class chose, with a Japanese title and detail instead of Spring's English.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring passes no body for its ErrorResponse exceptions (it would fill in English text).
        if (body == null || body instanceof ProblemDetail given && URI.create("about:blank").equals(given.getType())) {
            body = ApiProblems.of(statusCode);
        }
        return super.handleExceptionInternal(e, body, headers, statusCode, request);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail, List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations);
        }
        return problem;
    }
}
