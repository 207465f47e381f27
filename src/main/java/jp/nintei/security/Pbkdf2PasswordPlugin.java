package jp.nintei.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Stores Camunda user passwords with PBKDF2-HMAC-SHA256 (Spring Security's current defaults)
 * instead of Camunda's single salted SHA-512, which is too fast to resist offline guessing.
 * Existing SHA-512 hashes still verify.
 */
@Component
class Pbkdf2PasswordPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Camunda keeps its SHA-512 checker, so hashes stored before this plugin still verify.
        configuration.setPasswordEncryptor(new Pbkdf2Encryptor());
    }

    static final class Pbkdf2Encryptor implements PasswordEncryptor {

        private final Pbkdf2PasswordEncoder encoder = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();

        @Override
        public String encrypt(String password) {
            return encoder.encode(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            return encoder.matches(password, encrypted);
        }

        @Override
        public String hashAlgorithmName() {
            return "PBKDF2";
        }
    }
}
