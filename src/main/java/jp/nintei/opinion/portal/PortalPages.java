package jp.nintei.opinion.portal;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages the portal's security answers with. A wrong, expired, revoked or finished link all
 * get the same neutral page and status, so a guesser learns nothing; a rate-limited client gets
 * it too, with 429.
 */
@Component
class PortalPages {

    private final ITemplateEngine templates;

    PortalPages(ITemplateEngine templates) {
        this.templates = templates;
    }

    AuthenticationEntryPoint unavailable() {
        return (request, response, e) -> {
            boolean limited = Boolean.TRUE.equals(request.getAttribute(PhysicianLinkFilter.RATE_LIMITED));
            write(request, response, limited ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.NOT_FOUND, "physician/unavailable",
                    Map.of("limited", limited));
        };
    }

    /** A POST without a valid CSRF token (cookies blocked, or a forged form). */
    AccessDeniedHandler refused() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "physician/refused", Map.of());
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String template,
            Map<String, Object> model) throws IOException {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        String html = templates.process(template, new WebContext(exchange, Locale.JAPAN, model));
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(html);
    }
}
