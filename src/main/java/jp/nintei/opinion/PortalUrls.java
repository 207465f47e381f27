package jp.nintei.opinion;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Absolute addresses of the physician portal, as letters and mails print them. */
@Component
public class PortalUrls {

    public static final String OPINION_PATH = "/physician/opinion/";

    private final String base;

    PortalUrls(OpinionProperties properties, Environment environment) {
        String configured = properties.portalBaseUrl();
        this.base = configured != null && !configured.isBlank() ? configured.replaceAll("/+$", "")
                : "http://localhost:" + environment.getProperty("server.port", "8080");
    }

    public String opinion(String token) {
        return base + OPINION_PATH + token;
    }

    public String base() {
        return base;
    }
}
