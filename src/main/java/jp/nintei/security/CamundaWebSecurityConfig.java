package jp.nintei.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the Spring Security login to Camunda: the webapps (Tasklist, Cockpit, Admin) and the
 * engine REST API both run as the logged-in user, so Camunda's authorizations apply to them.
 * The filters run after Spring Security's (order -100).
 */
@Configuration
class CamundaWebSecurityConfig {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(
                "authentication-provider", WebappAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(
                "authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(102);
        return registration;
    }
}
