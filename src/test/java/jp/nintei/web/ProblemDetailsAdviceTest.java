package jp.nintei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Spring's own request errors become problem JSON with a Japanese title and detail, never Spring's English. */
class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("POST", "/api/applications"));

    @Test
    void anUnreadableBodyIsA400() throws Exception {
        HttpInputMessage input = new MockHttpInputMessage(new byte[0]);
        var problem = handle(new HttpMessageNotReadableException("JSON parse error: Unexpected character", input), 400);
        assertThat(problem.getTitle()).isEqualTo("リクエストの形式が正しくありません");
        assertThat(problem.getDetail()).isEqualTo("JSONの構文、または日付・区分などの値の形式が正しくありません");
    }

    @Test
    void aBodyOverTheLimitIsA413() throws Exception {
        HttpInputMessage input = new MockHttpInputMessage(new byte[0]);
        var tooLarge = new HttpMessageNotReadableException("I/O error while reading input message",
                new RequestBodyLimitFilter.BodyTooLargeException(1024), input);
        assertThat(handle(tooLarge, 413).getTitle()).isEqualTo("リクエストが大きすぎます");
    }

    @Test
    void anUnsupportedContentTypeIsA415NamingTheTypeAndSayingWhatToSend() throws Exception {
        var problem = handle(new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON),
                HttpMethod.POST), 415);
        assertThat(problem.getTitle()).isEqualTo("対応していないデータ形式です");
        assertThat(problem.getDetail()).isEqualTo("Content-Type text/plain には対応していません。application/json で送信してください");
    }

    @Test
    void anUploadOverTheLimitIsA413() throws Exception {
        var problem = handle(new MaxUploadSizeExceededException(10 * 1024 * 1024), 413);
        assertThat(problem.getType().toString()).endsWith("/payload-too-large");
        assertThat(problem.getDetail()).contains("上限を超えています");
    }

    @Test
    void aMistypedParameterIsA400NamingTheParameter() throws Exception {
        MethodParameter parameter = new MethodParameter(ProblemDetailsAdviceTest.class.getDeclaredMethod("page", int.class), 0);
        var problem = handle(new MethodArgumentTypeMismatchException("abc", int.class, "page", parameter,
                new NumberFormatException("For input string: \"abc\"")), 400);
        assertThat(problem.getDetail()).isEqualTo("「page」の値「abc」の形式が正しくありません");
        assertThat(problem.getProperties()).containsKey("errors");
    }

    @Test
    void otherSpringErrorsKeepTheirStatusWithJapaneseText() throws Exception {
        var problem = handle(new HttpRequestMethodNotSupportedException("DELETE", List.of("GET", "POST")), 405);
        assertThat(problem.getTitle()).isEqualTo("この操作には対応していません");
        assertThat(problem.getDetail()).doesNotContain("not supported");
    }

    private ProblemDetail handle(Exception e, int status) throws Exception {
        ResponseEntity<Object> response = advice.handleException(e, request);
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getType().toString()).startsWith(ProblemDetailsAdvice.TYPE_PREFIX);
        return problem;
    }

    @SuppressWarnings("unused")
    private static void page(int page) {
    }
}
