package jp.nintei.security.totp;

import java.util.Arrays;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start when two-factor login is off, or its encryption key missing or the demo one,
 * anywhere but the embedded demo. Runs on the environment, before any bean or database: a
 * misconfigured node never opens its port. (Registered in META-INF/spring.factories.)
 * <p>
 * The embedded demo is: no active profile other than {@code demo} or {@code test}, and an H2
 * database. The {@code postgres} profile, a production profile of an operator's own, or the
 * default profile pointed at PostgreSQL are all outside it.
 */
public class TwoFactorStartupGuard implements EnvironmentPostProcessor, Ordered {

    static final Set<String> DEMO_PROFILES = Set.of("default", "demo", "test");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        check(env.getActiveProfiles(), env.getProperty("spring.datasource.url", ""),
                env.getProperty("nintei.security.two-factor.enabled", Boolean.class, true),
                env.getProperty("nintei.security.two-factor.encryption-key", ""));
    }

    static void check(String[] activeProfiles, String datasourceUrl, boolean enabled, String encryptionKey) {
        if (isEmbeddedDemo(activeProfiles, datasourceUrl)) {
            return;
        }
        String where = "profiles " + Arrays.toString(activeProfiles) + ", database " + datasourceUrl;
        if (!enabled) {
            throw new IllegalStateException("Two-factor login may be switched off only in the embedded demo, not here ("
                    + where + "): set nintei.security.two-factor.enabled=true (NINTEI_TWO_FACTOR_ENABLED=true) "
                    + "and an encryption key (NINTEI_TWO_FACTOR_KEY)");
        }
        if (encryptionKey.isBlank() || SecretCipher.DEMO_KEY.equals(encryptionKey.strip())) {
            throw new IllegalStateException("Two-factor login needs its own encryption key outside the embedded demo ("
                    + where + "): set nintei.security.two-factor.encryption-key (NINTEI_TWO_FACTOR_KEY), "
                    + "e.g. from `openssl rand -base64 32`, and keep it out of the database and its backups");
        }
    }

    /** Whether this environment is the embedded demo, where published demo secrets are acceptable. */
    public static boolean isEmbeddedDemo(org.springframework.core.env.Environment env) {
        return isEmbeddedDemo(env.getActiveProfiles(), env.getProperty("spring.datasource.url", ""));
    }

    static boolean isEmbeddedDemo(String[] activeProfiles, String datasourceUrl) {
        boolean embeddedH2 = datasourceUrl.startsWith("jdbc:h2:")
                && !datasourceUrl.startsWith("jdbc:h2:tcp:") && !datasourceUrl.startsWith("jdbc:h2:ssl:");
        return DEMO_PROFILES.containsAll(Arrays.asList(activeProfiles)) && embeddedH2;
    }

    /** After the configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
