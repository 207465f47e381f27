package jp.nintei.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user on whose behalf the code runs: the Spring Security principal in a web request, the
 * Camunda user when Tasklist completes a task, or "system" for jobs run by the job executor.
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        var camunda = identityService.getCurrentAuthentication();
        if (camunda != null && camunda.getUserId() != null) {
            return camunda.getUserId();
        }
        return SYSTEM;
    }
}
