package jp.nintei.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Boot's error controller, with problem JSON in Japanese for everyone who does not ask for HTML:
 * errors that happen before any controller (no such path, wrong method or content type on a
 * mapping with {@code consumes}, a multipart upload over its limit) look like every other API
 * error. Browsers still get templates/error.html.
 */
@Controller
class ApiErrorController extends BasicErrorController {

    ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server,
            ObjectProvider<ErrorViewResolver> resolvers) {
        super(errorAttributes, server.getError(), resolvers.orderedStream().toList());
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        ProblemDetail problem = ApiProblems.of(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", status.value());
        body.put("detail", problem.getDetail());
        Object path = request.getAttribute("jakarta.servlet.error.request_uri");
        if (path != null) {
            body.put("instance", path.toString());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
