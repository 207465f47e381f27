package jp.nintei.web;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The Japanese problem JSON for an HTTP status, when nothing more specific is known (Spring's own
 * errors, errors before any controller, the body limit). One table, so every path answers alike.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    record Text(String type, String title, String detail) {
    }

    static Text text(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> new Text("malformed-request", "リクエストの形式が正しくありません", "リクエストの内容を確認してから送信してください");
            case 401 -> new Text("unauthorized", "認証が必要です", "有効な認証情報を付けてリクエストしてください");
            case 403 -> new Text("forbidden", "権限がありません", "この操作を行う権限がありません");
            case 404 -> new Text("not-found", "見つかりません", "指定されたURLまたはデータはありません");
            case 405 -> new Text("method-not-allowed", "この操作には対応していません", "このURLでは、このHTTPメソッドは使えません");
            case 406 -> new Text("not-acceptable", "応答形式に対応していません", "Accept には application/json を指定してください");
            case 409 -> new Text("state-conflict", "現在の状態では実行できません", "画面を更新してからもう一度お試しください");
            case 413 -> new Text("payload-too-large", "リクエストが大きすぎます",
                    "送信されたデータが上限を超えています。内容を減らすか、ファイルを分けて送信してください");
            case 415 -> new Text("unsupported-media-type", "対応していないデータ形式です",
                    "Content-Type が正しくありません。application/json で送信してください");
            default -> status.is5xxServerError()
                    ? new Text("server-error", "サーバーで問題が発生しました",
                            "時間をおいてもう一度お試しください。解決しない場合はシステム管理者に連絡してください")
                    : new Text("request-refused", "リクエストを処理できません", "リクエストの内容を確認してください");
        };
    }

    public static ProblemDetail of(HttpStatusCode status) {
        Text text = text(status);
        return ProblemDetailsAdvice.problem(HttpStatus.valueOf(status.value()), text.type(), text.title(), text.detail(),
                java.util.List.of());
    }

    /** Writes the problem straight to the response (filters, before Spring MVC). */
    public static void write(HttpServletResponse response, HttpStatus status) throws IOException {
        write(response, status, text(status));
    }

    static void write(HttpServletResponse response, HttpStatus status, Text text) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                {"type":"%s","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(URI.create(ProblemDetailsAdvice.TYPE_PREFIX + text.type()), text.title(), status.value(),
                        text.detail()));
    }
}
