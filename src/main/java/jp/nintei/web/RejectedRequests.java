package jp.nintei.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests that Spring Security's firewall refuses before any filter chain (control characters
 * in a parameter name or header, an encoded slash or dot segment in the path): 400 as problem
 * JSON in Japanese instead of an empty 400 page.
 */
@Configuration
class RejectedRequests {

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ApiProblems.write(response, HttpStatus.BAD_REQUEST,
                new ApiProblems.Text("rejected-request", "リクエストの形式が正しくありません",
                        "URL・パラメーター名・ヘッダーに使用できない文字が含まれています"));
    }
}
