package jp.nintei.security.totp;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import jp.nintei.NinteiApplication;

/**
 * The application refuses to start with two-factor login off, or without its own key, outside
 * the embedded demo. Started for real: the guard stops it before any bean or database.
 */
class TwoFactorStartupGuardTest {

    private static final String KEY = "--nintei.security.two-factor.encryption-key=5VwsEh3YPXLO+XF9AmBaDuBOI4ZJlwHBKK1e7qmdSjY=";

    @Test
    void thePostgresProfileRefusesToStartWithTwoFactorLoginOff() {
        assertThatThrownBy(() -> start("postgres", "--nintei.security.two-factor.enabled=false", KEY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may be switched off only in the embedded demo")
                .hasMessageContaining("[postgres]");
    }

    @Test
    void anOperatorsOwnProfileRefusesToStartWithTwoFactorLoginOffEvenOnH2() {
        assertThatThrownBy(() -> start("production", "--nintei.security.two-factor.enabled=false", KEY,
                "--spring.datasource.url=jdbc:h2:mem:guard"))
                .hasMessageContaining("may be switched off only in the embedded demo");
    }

    @Test
    void theDemoProfilePointedAtPostgresqlRefusesToStartWithItsDefaultOff() {
        // No profile: application-default.yml switches two-factor login off, but this is not the embedded database.
        assertThatThrownBy(() -> start(null, "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/nintei"))
                .hasMessageContaining("may be switched off only in the embedded demo");
    }

    @Test
    void outsideTheDemoTheKeyIsRequiredAndTheDemoKeyIsRefused() {
        assertThatThrownBy(() -> start("postgres", "--nintei.security.two-factor.encryption-key="))
                .hasMessageContaining("needs its own encryption key");
        assertThatThrownBy(() -> start("postgres", "--nintei.security.two-factor.encryption-key=" + SecretCipher.DEMO_KEY))
                .hasMessageContaining("needs its own encryption key");
    }

    @Test
    void theEmbeddedDemoMaySwitchItOffAndUseTheDemoKey() {
        assertThatCode(() -> TwoFactorStartupGuard.check(new String[0], "jdbc:h2:file:./data/nintei", false, ""))
                .doesNotThrowAnyException();
        assertThatCode(() -> TwoFactorStartupGuard.check(new String[] {"demo"}, "jdbc:h2:mem:x", false, ""))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TwoFactorStartupGuard.check(new String[0], "jdbc:h2:tcp://db/nintei", false, ""))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> TwoFactorStartupGuard.check(new String[] {"postgres"}, "jdbc:postgresql://db/n", true,
                "5VwsEh3YPXLO+XF9AmBaDuBOI4ZJlwHBKK1e7qmdSjY=")).doesNotThrowAnyException();
    }

    private static void start(String profile, String... args) {
        var application = new SpringApplication(NinteiApplication.class);
        if (profile != null) {
            application.setAdditionalProfiles(profile);
        }
        application.run(args);
    }
}
