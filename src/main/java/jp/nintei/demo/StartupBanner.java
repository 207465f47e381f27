package jp.nintei.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to log in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final boolean demo;

    StartupBanner(@Value("${nintei.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @EventListener
    void onStarted(WebServerInitializedEvent event) {
        String base = "http://localhost:" + event.getWebServer().getPort();
        StringBuilder text = new StringBuilder("\n\n  Nintei is running.\n")
                .append("  Login and start page : ").append(base).append("/\n")
                .append("  Camunda Tasklist     : ").append(base).append("/camunda/app/tasklist/\n")
                .append("  Camunda Cockpit      : ").append(base).append("/camunda/app/cockpit/\n")
                .append("  API (OpenAPI)        : ").append(base).append("/swagger-ui.html\n");
        if (demo) {
            text.append("  Demo users (password ").append(DemoData.PASSWORD).append("):\n");
            DemoData.USERS.forEach(u -> text.append("    ").append(String.format("%-9s", u.id()))
                    .append(" ").append(u.lastName()).append(" ").append(u.firstName())
                    .append(" (").append(u.role()).append(")\n"));
        }
        log.info(text.toString());
    }
}
