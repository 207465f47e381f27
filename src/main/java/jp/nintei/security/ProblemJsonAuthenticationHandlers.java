package jp.nintei.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 for API clients as RFC 7807 problem JSON, like every other API error. */
public final class ProblemJsonAuthenticationHandlers {

    private ProblemJsonAuthenticationHandlers() {
    }

    public static AuthenticationEntryPoint unauthorized(String realm) {
        return (request, response, e) -> {
            if (realm != null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
            }
            write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "認証が必要です",
                    "有効な認証情報を付けてリクエストしてください");
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "権限がありません",
                "この操作を行う権限がありません");
    }

    static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                {"type":"https://nintei.example.jp/problems/%s","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(type, title, status.value(), detail));
    }
}
